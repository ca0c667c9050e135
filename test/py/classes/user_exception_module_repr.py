class Empty(Exception):
    pass

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

class Multi(Exception):
    pass

print(repr(Empty()), str(Empty()), repr(Empty("a")))
print(repr(WithRepr("x")), str(WithRepr("x")))
print(repr(Multi(1, "two")), str(Multi(1, "two")))
print(Empty.__name__, Empty.__module__, Empty.__qualname__)
e = Multi("a")
e.extra = 5
print(e.extra, vars(e))
class Outer:
    class Inner(Exception):
        pass
try:
    raise Outer.Inner("nested")
except Exception as ex:
    print(type(ex).__qualname__, ex)
raise Outer.Inner("uncaught nested", 2)
