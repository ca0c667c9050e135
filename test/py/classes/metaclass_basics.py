class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], [k for k in ns if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        print("created")
        return obj

class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        print("A.__init__", v)
        self.v = v

class B(A, flag=True):
    y = 2

a = A(5)
b = B(6)
print(a.v, b.v, A.registered, B.registered)
print(type(A).__name__, type(B).__name__, isinstance(A, Meta), isinstance(a, Meta))
print([k.__name__ for k in type(B).__mro__])
class Meta2(type):
    def hello(cls):
        return "hello from " + cls.__name__
class C(metaclass=Meta2):
    pass
print(C.hello())
print(hasattr(C(), "hello"))
