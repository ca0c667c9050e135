class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

for cls in [K1, K2, K3, Z]:
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__))

class Left:
    def who(self):
        return "Left"
class Right:
    def who(self):
        return "Right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
class Both2(Right, Left):
    pass
b = Both()
print(b.who(), b.only_right(), Both2().who())
print(names(Both))
print(Both.__bases__ == (Left, Right))
