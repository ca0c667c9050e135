class Base:
    def value(self):
        return "base"
    def items(self):
        return [1, 2]

class Child(Base):
    def value(self):
        def inner():
            return super(Child, self).value() + "+inner"
        return inner()

    def cls_name(self):
        return __class__.__name__

    def via_lambda(self):
        f = lambda: __class__
        return f().__name__

    def comp(self):
        return [super().value() + str(i) for i in range(2)]

    def items(self):
        return super().items() + [3]

class GrandChild(Child):
    pass

g = GrandChild()
print(g.value())
print(g.cls_name(), g.via_lambda())
print(g.comp())
print(g.items())
print(Child.cls_name.__code__.co_freevars)
