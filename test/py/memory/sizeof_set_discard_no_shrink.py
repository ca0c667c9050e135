import sys
s = set(range(100))
print(sys.getsizeof(s))
for i in range(95):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
t = set(range(50))
t.update(range(50, 60))
print(sys.getsizeof(t))
u = set()
u.update({1, 2, 3, 4, 5})
print(sys.getsizeof(u))
