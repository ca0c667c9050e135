import gc


class Chain:
    def __init__(self, depth):
        self.depth = depth

    def __del__(self):
        print("__del__ depth", self.depth)
        if self.depth < 3:
            nxt = Chain(self.depth + 1)
            nxt.me = nxt
            print("made a new cycle at depth", self.depth + 1)


gc.disable()
c = Chain(0)
c.me = c
del c
print("collected:", gc.collect())
print("again:", gc.collect())
d = Chain(2)
print("end of main")
