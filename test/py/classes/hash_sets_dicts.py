class Key:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.n == other.n
    def __hash__(self):
        return self.n % 4
    def __repr__(self):
        return f"Key({self.name})"
a, b, c = Key("a", 1), Key("b", 5), Key("c", 1)
print(hash(a), hash(b), hash(c))
d = {a: "A"}
d[b] = "B"
print(len(d))
d[c] = "C"
print(d)
print(c in d, Key("z", 9) in d)
s = {a, b, c}
print(len(s))
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()) == hash(2**70))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
