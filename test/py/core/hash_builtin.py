print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(0.5), hash(1.5), hash(-0.0), hash(0.1), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None), hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(3.14159), hash(1 / 3))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
