import sys
d = {i: i for i in range(100)}
print(sys.getsizeof(d))
for i in range(100):
    del d[i]
print(len(d), sys.getsizeof(d))
d[1] = 1
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
e = {"k%d" % i: i for i in range(30)}
print(sys.getsizeof(e))
e.clear()
print(sys.getsizeof(e))
e["again"] = 1
print(sys.getsizeof(e))
