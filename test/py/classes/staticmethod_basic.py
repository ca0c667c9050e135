class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def nothing():
        return "nothing"

    def use(self, x):
        return self.add(x, self.factor)

print(MathUtil.add(1, 2))
m = MathUtil()
print(m.add(10, 20), m.nothing(), m.use(4))
print(MathUtil.add is m.add)
print(type(MathUtil.__dict__["add"]).__name__)
print(MathUtil.__dict__["add"].__func__ is MathUtil.add)
class Sub(MathUtil):
    factor = 100
print(Sub().use(1), Sub.add("a", "b"))
def plain(x):
    return x * 2
class Holder:
    s = staticmethod(plain)
    f = plain
print(Holder.s(5), Holder().s(6), Holder.f(7))
try:
    Holder().f(8)
except TypeError as e:
    print("TypeError:", e)
