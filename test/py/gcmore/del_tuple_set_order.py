class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("__del__", self.n)

    def __hash__(self):
        return self.n


t = tuple(D(i) for i in range(4))
print("del tuple")
del t
s = {D(i) for i in (5, 1, 3, 2)}
print("del set")
del s
fs = frozenset(D(i) for i in (10, 4, 7))
print("del frozenset")
del fs
s = {D(i) for i in (3, 1, 2)}
print("set.clear")
s.clear()
print("end")
