import gc

gc.collect()


def make():
    items = []

    def add(x):
        items.append(x)
        return len(items)
    items.append(add)
    return add


add = make()
print(add(1), add(2))
del add
print(gc.collect())
