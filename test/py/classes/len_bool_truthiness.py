class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n

class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
    def __len__(self):
        print("len not used")
        return 0

class Plain:
    pass

print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
print(bool(Flag(True)), bool(Flag(False)))
if Sized(0):
    print("nonempty")
else:
    print("empty")
print(not Flag(False))
print(Flag(True) and "yes", Sized(0) or "fallback")
print(bool(Plain()))
