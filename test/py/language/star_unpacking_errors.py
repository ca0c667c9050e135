def two(v):
    a, b = v
    return a, b

def star_mid(v):
    a, *b, c = v
    return a, b, c

def nested(v):
    (a, b), c = v
    return a, b, c

def one(v):
    a, = v
    return a

def many(v):
    *a, b, c, d = v
    return a

cases = [(two, [1]), (two, [1, 2, 3]), (star_mid, [1]), (two, 5), (two, {"only": 1}),
         (nested, ([1, 2], 3)), (nested, (1, 2)), (one, []), (many, range(2)),
         (two, iter(range(5))), (two, "ab"), (star_mid, "ab")]
for fn, value in cases:
    try:
        print(fn.__name__, "->", fn(value))
    except (ValueError, TypeError) as e:
        print(fn.__name__, "->", type(e).__name__ + ":", e)

def gen():
    yield 1
    print("  generator asked for second value")
    yield 2
    print("  generator asked for third value")
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print("ValueError:", e)
