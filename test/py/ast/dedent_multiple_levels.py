def f():
    if a:
        for b in c:
            while d:
                e()
x = 1
class C:
    def m(self):
        if y:
            if z:
                pass
