import gc

gc.collect()


def gen():
    box = []
    me = yield box
    box.append(me)
    yield len(box)


g = gen()
b = next(g)
print(g.send(g))
print(b[0] is g)
del g, b
# the generator is suspended and its frame holds a list holding the generator
print("suspended, list -> generator:", gc.collect())


def gen2(holder):
    yield holder


holder = []
g = gen2(holder)
holder.append(g)
next(g)
del g, holder
print("argument list -> generator:", gc.collect())
