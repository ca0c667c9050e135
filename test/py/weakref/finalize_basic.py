import weakref


class C:
    pass


def compute(a, b, scale=1):
    print("compute called with", a, b, scale)
    return (a + b) * scale


c = C()
fin = weakref.finalize(c, compute, 20, 1, scale=2)
print(fin.alive, fin.atexit)
obj, func, args, kwargs = fin.peek()
print(obj is c, func is compute, args, kwargs)
print(fin())
print(fin.alive, fin(), fin.peek(), fin.detach())
fin2 = weakref.finalize(c, compute, 1, 2)
info = fin2.detach()
print(info[0] is c, info[1] is compute, info[2], info[3])
print(fin2.alive, fin2.detach(), fin2())
del c
print("end")
