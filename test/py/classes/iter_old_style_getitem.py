class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]

for x in Seq("ab"):
    print(x)
print(list(Seq([1, 2, 3])))
print(2 in Seq([1, 2, 3]))
it = iter(Seq("xy"))
print(type(it).__name__)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Stops:
    def __getitem__(self, i):
        if i >= 3:
            raise StopIteration
        return i * i
print(list(Stops()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)
print(list(reversed(Seq("abc"))) if hasattr(Seq, "__len__") else "no len")
class NoIter:
    pass
for x in NoIter():
    pass
