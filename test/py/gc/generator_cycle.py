import gc

# Cycles through a suspended generator's own frame: the generator's finalizer
# (close) releases the frame, so the cycle is freed by refcounting and
# collect() reports nothing.


def gen():
    holder = yield 1
    yield holder


gc.collect()
g = gen()
next(g)
print(g.send(g) is g)
del g
print(gc.collect())


def finishing(box):
    try:
        yield 1
    finally:
        print("finally in generator")


box = []
h = finishing(box)
box.append(h)
next(h)
del h, box
print(gc.collect())

box = []
u = finishing(box)
box.append(u)
del u, box
print("never started:", gc.collect())
