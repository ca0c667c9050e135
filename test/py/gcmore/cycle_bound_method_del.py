import gc
import weakref


class Widget:
    def __init__(self, name):
        self.name = name
        self.handler = self.on_event

    def on_event(self):
        return self.name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
w = Widget("w")
print(w.handler())
r = weakref.ref(w, lambda ref: print("callback, ref dead:", ref() is None))
del w
print("collected:", gc.collect())

# several bound methods stored on the instance
w = Widget("multi")
w.more = [w.on_event, w.on_event]
del w
print("collected:", gc.collect())
