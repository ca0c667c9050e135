class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
b, d = B(), D()
print(isinstance(b, A), isinstance(b, C), isinstance(d, C))
print(isinstance(d, (int, C)), isinstance(b, (int, str)), isinstance(b, ()))
print(isinstance(d, (int, (str, (A,)))))
print(issubclass(D, A), issubclass(A, D), issubclass(D, (C, int)))
print(issubclass(A, A), issubclass(A, object), isinstance(A, type), isinstance(A, object))
print(isinstance(b, object), issubclass(bool, int), isinstance(True, A))
try:
    isinstance(b, b)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A, 5)
except TypeError as e:
    print("TypeError:", e)
class Fake:
    __class__ = A
print(isinstance(Fake(), A), type(Fake()).__name__)
print(type(d) == D, type(d) == B)
print([cls.__name__ for cls in [A, B, C, D] if isinstance(d, cls)])
