import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "finalized:", gc.is_finalized(self))
        saved.append(self)


# no cycle: refcount death runs __del__, which resurrects the object
p = Phoenix("p")
del p
print("saved:", [s.name for s in saved], gc.is_finalized(saved[0]))
saved.clear()
print("dropped again, __del__ not called")
q = Phoenix("q")
q = None
print("saved:", [s.name for s in saved])
saved.pop()
print("end")
