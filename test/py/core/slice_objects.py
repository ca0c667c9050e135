s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(data[slice(None, 3)], data[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    data[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    data["a":]
except TypeError as e:
    print("TypeError:", e)
