import sys
for n in range(0, 12):
    comp = {i: i for i in range(n)}
    zipped = dict(zip(range(n), range(n)))
    strs = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(comp), sys.getsizeof(zipped), sys.getsizeof(strs))
print(sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict.fromkeys(range(20))), sys.getsizeof({(1, 2): 3}))
