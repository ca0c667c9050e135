class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name

    def greet(self):
        return "hello from Base " + self.name

class Middle(Base):
    def __init__(self, name, level):
        super().__init__(name)
        print("Middle.__init__", level)
        self.level = level

    def greet(self):
        return super().greet() + " via Middle"

class Leaf(Middle):
    def __init__(self):
        super().__init__("leaf", 3)
        print("Leaf.__init__")

    def greet(self):
        return super().greet() + " via Leaf"

x = Leaf()
print(x.name, x.level)
print(x.greet())
print(Middle("m", 1).greet())
s = super(Leaf, x)
print(type(s).__name__)
print(s.greet())
