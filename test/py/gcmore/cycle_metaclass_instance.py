import gc


class Meta(type):
    def __del__(cls):
        print("Meta.__del__", cls.__name__)


gc.collect()


def build():
    class A(metaclass=Meta):
        pass
    A.me = A
    return type(A).__name__


print(build())
print("collected:", gc.collect())


class Meta2(type):
    pass


def build2():
    class B(metaclass=Meta2):
        def m(self):
            return self
    b = B()
    b.cls = B
    return b


x = build2()
print(type(x).__name__, type(type(x)).__name__)
del x
print("collected:", gc.collect())
