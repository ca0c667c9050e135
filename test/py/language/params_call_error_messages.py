def f(a, b, c=3):
    pass
def g():
    pass
def h(*, k):
    pass
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, y, z):
        pass

calls = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1), lambda: g(1), lambda: g(x=1), lambda: h(1),
    lambda: h(), lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1),
    lambda: K.cm(1), lambda: K().m(y=1), lambda: f(1, 2, 3, 4, 5, x=1),
    lambda: f(1, 2, c=3, **{"c": 4}),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
