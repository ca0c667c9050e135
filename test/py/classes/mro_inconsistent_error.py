class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(X, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class F(A, X): pass
print([k.__name__ for k in F.__mro__])
class G(A, B.__bases__[0]): pass
print([k.__name__ for k in G.__mro__])
class H(Y, X, A): pass
