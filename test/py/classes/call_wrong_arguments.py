class NoInit:
    pass

class WithInit:
    def __init__(self, x, y=0, *, z):
        self.x = x

class OnlyNew:
    def __new__(cls, a):
        return object.__new__(cls)

tests = [
    lambda: NoInit(1),
    lambda: NoInit(k=1),
    lambda: WithInit(),
    lambda: WithInit(1),
    lambda: WithInit(1, 2, 3, z=1),
    lambda: WithInit(1, z=1, w=2),
    lambda: WithInit(1, x=2, z=3),
    lambda: OnlyNew(),
    lambda: OnlyNew(1, 2),
    lambda: WithInit.__init__(),
    lambda: int.__new__(NoInit),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
class Two:
    def __init__(self, a, b):
        pass
Two(1)
