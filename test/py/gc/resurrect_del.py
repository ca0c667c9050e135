import gc

saved = []


class Phoenix:
    def __del__(self):
        print("__del__")
        saved.append(self)


gc.collect()
p = Phoenix()
p.me = p
del p
print("collect:", gc.collect())
print("saved:", len(saved), type(saved[0]).__name__)
print("is_finalized:", gc.is_finalized(saved[0]))
print("still self-referencing:", saved[0].me is saved[0])
saved.clear()
print("dropped again:", gc.collect())
print("saved:", len(saved))
