class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print("iadd", x)
        self.items.append(x)
        return self
    def __imul__(self, n):
        print("imul", n)
        self.items = self.items * n
        return self
    def __isub__(self, x):
        print("isub", x)
        return "replaced"
orig = a = Acc()
a += 1
a += 2
print(a is orig, a.items)
a *= 2
print(a.items)
a -= 0
print(a, orig.items)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add", o)
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class NoneIadd:
    def __iadd__(self, o):
        return None
n = NoneIadd()
n += 1
lst = [OnlyAdd(0)]
lst[0] += 7
print(lst[0].v, n)
