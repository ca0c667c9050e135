import gc
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


class Node:
    pass


gc.collect()
cap = Capture()
a = Node(); b = Node(); a.o = b; b.o = a
l = []; l.append(l)
del a, b, l
old, sys.stderr = sys.stderr, cap
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print("collect() returned", n)
for line in "".join(cap.parts).splitlines():
    if line.startswith("gc: collectable <"):
        print(line.split(" 0x")[0] + ">")  # drop the address
    elif line.startswith("gc: objects in"):
        print(line.rsplit(":", 1)[0])  # drop the sizes
    elif line.startswith("gc: done,"):
        print(line.rsplit(",", 1)[0])  # drop the elapsed time
    else:
        print(line)
