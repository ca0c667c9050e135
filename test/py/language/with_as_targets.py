class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False

with Pair() as (a, (b, c)):
    print(a, b, c)
with Pair() as (first, *rest):
    print(first, rest)

class Box:
    pass
box = Box()
slots = {}
with Pair() as box.value:
    pass
with Pair() as slots["k"]:
    pass
print(box.value, slots)

class Self:
    def __enter__(self):
        print("enter returns self")
        return self
    def __exit__(self, *a):
        print("exit")
s = Self()
with s as t:
    print(t is s)
print(t is s)

with Pair():
    print("no target")

class Nothing:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with Nothing() as n:
    print(n)
