class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


class S:
    __slots__ = ("a", "b", "c")


class P:
    pass


s = S()
s.c = D("slot c")
s.a = D("slot a")
s.b = D("slot b")
print("del slotted")
del s
p = P()
p.z = D("attr z")
p.y = D("attr y")
p.x = D("attr x")
print("del plain")
del p
q = P()
q.one = D("one")
q.two = D("two")
vars(q)
print("del with materialised dict")
del q
print("end")
