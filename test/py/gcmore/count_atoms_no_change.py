import gc

gc.disable()
gc.collect()
keep = [None] * 200
base = gc.get_count()
for i in range(200):
    keep[i] = i * 1.5
c1 = gc.get_count()
for i in range(200):
    keep[i] = str(i) * 3
c2 = gc.get_count()
for i in range(200):
    keep[i] = 10 ** 30 + i
c3 = gc.get_count()
for i in range(200):
    keep[i] = bytes(i)
c4 = gc.get_count()
del keep
# each get_count() result is itself a new tuple: 1 per measurement
print("200 floats:", c1[0] - base[0])
print("200 strings:", c2[0] - c1[0])
print("200 big ints:", c3[0] - c2[0])
print("200 bytes:", c4[0] - c3[0])
gc.enable()
