def parse_all(items):
    try:
        return [int(x) for x in items]
    except ValueError as e:
        return "failed: " + str(e)

print(parse_all(["1", "2"]))
print(parse_all(["1", "x"]))

def safe(items):
    out = []
    for x in items:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append(None)
    return out
print(safe([1, 0, 5]))

def keyerr():
    d = {"a": 1}
    try:
        return {k: d[k] for k in "ab"}
    except KeyError as e:
        return "KeyError " + repr(e.args)
print(keyerr())

def partial_side_effects():
    seen = []
    try:
        [seen.append(x) or 1 / (x - 2) for x in range(5)]
    except ZeroDivisionError:
        pass
    return seen
print(partial_side_effects())

def nested():
    try:
        return [[1 / (i - j) for j in range(3)] for i in range(3)]
    except ZeroDivisionError as e:
        return type(e).__name__, e.args, e.__context__
print(nested())
