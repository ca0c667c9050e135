class A(Base):
    pass

class B(Base1, Base2, mod.Base3):
    pass

class C():
    pass

class D(*bases):
    pass
