s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s), 2 in s, 9 not in s)
s.discard(9)
s.remove(3)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7, 8}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(c)
c.update([7], (8,))
print(sorted(c), c.pop() in {3, 7, 8, 10}, len(c))
c.clear()
print(c, set(), set("aab") == {"a", "b"})
try:
    c.remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
