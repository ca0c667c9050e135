import sys
s = set()
prev = sys.getsizeof(s)
print(0, prev)
for i in range(1, 1300):
    s.add(i)
    size = sys.getsizeof(s)
    if size != prev:
        print(len(s), size)
        prev = size
t = set()
prev = sys.getsizeof(t)
for i in range(1, 100):
    t.add("s%d" % i)
    size = sys.getsizeof(t)
    if size != prev:
        print("str", len(t), size)
        prev = size
