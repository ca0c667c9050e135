class A(Base, metaclass=Meta):
    pass

class B(metaclass=abc.ABCMeta, **options):
    pass

class C(Base, flag=True, *more, other=1):
    pass
