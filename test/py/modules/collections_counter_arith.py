# Counter arithmetic keeps only positive counts; comparisons are multiset inclusion.
from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(b=2, c=-1)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(q=7, b=1)
print(x)
x &= Counter(q=2, b=9)
print(x)
print(Counter(a=1) <= Counter(a=2), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1))
print(Counter(a=2, b=1) >= Counter(a=1), Counter(a=1) > Counter(), Counter() == Counter(z=0))
print(Counter("ab") != Counter("ba"), Counter(a=1).__eq__({"a": 1}))
try:
    Counter("a") + {"a": 1}
except TypeError as e:
    print("TypeError:", e)
print(sum([Counter("ab"), Counter("bc")], Counter()))
