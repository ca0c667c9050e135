# DEBUG_COLLECTABLE lists what a collection found before weakref callbacks and
# finalizers run (sys.stderr is replaced by a writer to stdout so the order is
# visible; it hides the addresses, which are pyarena's own).
import gc, sys, weakref


class Masked:
    def write(self, text):
        if " 0x" in text:
            head, _, tail = text.partition(" 0x")
            text = head + " ADDR>" + tail[tail.index(">") + 1:]
        sys.stdout.write(text)

    def flush(self):
        pass


sys.stderr = Masked()


class A:
    def __del__(self):
        print("__del__ A")


class B:
    pass


gc.collect()
a = A(); a.me = a
b = B(); b.me = b
r = weakref.ref(b, lambda r: print("callback"))
del a, b
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.collect())
gc.set_debug(0)
