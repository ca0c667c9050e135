class Shapes:
    sides = {"tri": 3, "sq": 4}
    factor = 2
    total = sum(v for v in sides.values())
    names = tuple(k.upper() for k in sides)
    try:
        scaled = list(v * factor for v in sides.values())
    except NameError as e:
        scaled = "NameError: " + str(e)
    nested = [list(range(v)) for v in (factor, factor + 1)]

print(Shapes.total, Shapes.names)
print(Shapes.scaled)
print(Shapes.nested)

class Lazy:
    data = [1, 2, 3]
    g = (d * 10 for d in data)

data = "module data"
print(list(Lazy.g))
