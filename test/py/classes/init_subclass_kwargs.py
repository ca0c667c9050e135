class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        print("init_subclass", cls.__name__, name, priority, kwargs)
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        Plugin.registry[name or cls.__name__.lower()] = cls

class Alpha(Plugin, name="alpha", priority=2):
    pass

class Beta(Plugin):
    pass

class Gamma(Alpha, priority=9):
    pass

print(sorted(Plugin.registry))
print(Alpha.priority, Beta.priority, Gamma.priority)
print(Plugin.registry["gamma"] is Gamma)
class Base:
    def __init_subclass__(cls):
        print("Base sees", cls.__name__, [k.__name__ for k in cls.__bases__])
class Child(Base):
    pass
class GrandChild(Child):
    pass
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Base, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)
