class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["p", "q"]
        self.meta = {"color": "red", "3": "str three"}

p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("{p.x}/{p.y} tags={p.tags[1]} color={p.meta[color]}".format(p=p))
print("{0[0]}{0[2]}{1[b]}".format("xyz", {"b": "B"}))
print("{0[3]}".format({3: "int three", "3": "str three"}))
print("{0[-1]}".format({"-1": "str minus one"}))
grid = [[1, 2], [3, 4]]
print("{0[1][0]} {0[0][1]}".format(grid))
print("{.real} {.imag}".format(3 + 4j, 3 + 4j))
print("{0.__class__.__name__}".format(p))
print("{a[x]:>6}|{a[y]:<6}|".format(a={"x": 1, "y": 2}))
for fmt, arg in [("{0.z}", p), ("{0[5]}", [1]), ("{0[k]}", {}), ("{0[}", [1]), ("{0.}", p), ("{0.meta[3]}", p)]:
    try:
        print(fmt.format(arg))
    except (AttributeError, IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
