class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.name)
class Ten:
    def __get__(self, obj, objtype=None):
        return 10 if obj is not None else ("class access", objtype.__name__)
class Holder:
    x = Ten()
print(Holder().x, Holder.x)
t = Typed(int)
class Late:
    pass
Late.v = t
print(hasattr(t, "name"))
