import gc
import sys

reports = []


def hook(u):
    reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__))


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        raise ValueError("failed in " + self.name)


old_hook = sys.unraisablehook
sys.unraisablehook = hook
b = Bad("refcount")
del b
gc.collect()
x, y = Bad("x"), Bad("y")
x.o, y.o = y, x
del x, y
print("collected:", gc.collect())
sys.unraisablehook = old_hook
for r in reports:
    print(r)
