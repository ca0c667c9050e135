import gc


class P:
    pass


gc.disable()
gc.collect()
keep = [P() for i in range(30)]
print("before:", gc.get_count()[0] > 30, gc.get_count()[1:])
gc.collect(0)
print("collect(0):", gc.get_count())
keep.extend(P() for i in range(10))
c = gc.get_count()
print("10 more:", c[0], c[1:])
gc.collect(1)
print("collect(1):", gc.get_count())
for i in range(3):
    gc.collect(0)
print("3 x collect(0):", gc.get_count())
gc.collect(1)
print("collect(1):", gc.get_count())
gc.collect(2)
print("collect(2):", gc.get_count())
del keep
gc.enable()
