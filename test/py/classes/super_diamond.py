class Root:
    def __init__(self):
        print("Root")
        super().__init__()
    def chain(self):
        return ["Root"]
class A(Root):
    def __init__(self):
        print("A")
        super().__init__()
    def chain(self):
        return ["A"] + super().chain()
class B(Root):
    def __init__(self):
        print("B")
        super().__init__()
    def chain(self):
        return ["B"] + super().chain()
class D(A, B):
    def __init__(self):
        print("D")
        super().__init__()
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.chain())
print([k.__name__ for k in D.__mro__])
print(A().chain())
class Mixin:
    def chain(self):
        return ["Mixin"] + super().chain()
class E(Mixin, D):
    pass
print(E().chain())
