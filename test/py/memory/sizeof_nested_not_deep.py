import sys
inner = list(range(1000))
outer = [inner]
print(sys.getsizeof(outer), sys.getsizeof([inner, inner]), sys.getsizeof(inner))
d = {"big": "x" * 10000}
print(sys.getsizeof(d), sys.getsizeof(d["big"]))
t = ("x" * 500, "y" * 500)
print(sys.getsizeof(t))
def total_size(o):
    size = sys.getsizeof(o)
    if isinstance(o, (list, tuple, set)):
        size += sum([total_size(x) for x in o])
    elif isinstance(o, dict):
        size += sum([total_size(k) + total_size(v) for k, v in o.items()])
    return size
print(total_size([1, "ab", (2.5, None)]), total_size({"a": [1, 2], "b": {}}))
