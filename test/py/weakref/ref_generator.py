import weakref

log = []


def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("generator finally")


g = counter(3)
r = weakref.ref(g, lambda ref: log.append("callback"))
print(next(r()), next(r()))
print(weakref.getweakrefcount(g))
del g
print(log, r())
g2 = counter(2)
r2 = weakref.ref(g2, lambda ref: log.append("callback 2"))
print(list(g2))
del g2
print(log)
