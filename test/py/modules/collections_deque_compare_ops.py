# Comparisons (lexicographic, between deques only), concatenation and repetition.
from collections import deque
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], deque() < deque([0]), deque([1]) > deque())
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = a
c += [7, 8]
print(c is a, a)
c *= 2
print(a)
a += a
print(a, len(a))
print(a.copy() == a, a.copy() is a, a.__copy__())
m = deque("ab", maxlen=3)
print(m + deque("xyz"), (m + deque("xyz")).maxlen)
print(deque([1, [2]]) == deque([1, [2]]), deque([float("nan")]) == deque([float("nan")]))
n = float("nan")
print(deque([n]) == deque([n]), [n] == [n])
print(sorted([deque([3]), deque([1, 2]), deque([1])]))
