import gc


class S:
    __slots__ = ("other", "name")


gc.collect()
a = S()
b = S()
a.name, b.name = "a", "b"
a.other = b
b.other = a
del a, b
print("slots pair:", gc.collect())

# a slotted object referring to itself
s = S()
s.other = s
del s
print("slots self:", gc.collect())

# slot holds a list that holds the object
s = S()
s.other = [s, 1]
del s
print("slot -> list -> object:", gc.collect())

# an unset slot does not matter
s = S()
s.name = [s]
del s
print("only the second slot set:", gc.collect())
