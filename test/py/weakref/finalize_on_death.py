import gc
import weakref

gc.disable()


class C:
    pass


k = C()
fin = weakref.finalize(k, print, "finalizer ran")
print("alive:", fin.alive)
del k
print("alive:", fin.alive)

node = C()
node.me = node
fin2 = weakref.finalize(node, print, "cycle finalizer ran")
del node
print("before collect:", fin2.alive)
gc.collect()
print("after collect:", fin2.alive)

events = []
x = C()
weakref.finalize(x, events.append, "unreferenced finalize object still works")
del x
print(events)
