# An existing int attribute works, a missing one raises AttributeError.

n = 5
print(n.real)
print(n.length)
