class Base:
    def value(self):
        return "base"

def outside(self):
    return super().value()
class X(Base):
    m = outside
try:
    X().m()
except RuntimeError as e:
    print("RuntimeError:", e)
class Y(Base):
    def staticlike():
        return __class__
    def nested_super(self):
        def helper():
            return super().value()
        return helper()
print(Y.staticlike().__name__)
class Z(Base):
    def no_self():
        return super().value()
try:
    Z.no_self()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
Y().nested_super()
