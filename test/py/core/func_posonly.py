def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def pw(base, exp=2, /):
    return base ** exp
print(pw(3), pw(2, 5))
