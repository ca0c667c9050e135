def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 7)])

def grade(score):
    return ("A" if score >= 90 else
            "B" if score >= 80 else
            "C" if score >= 70 else
            "F")
print([grade(s) for s in (95, 85, 72, 10)])

calls = []
def side(label, value):
    calls.append(label)
    return value
r = side("then", 1) if side("cond", False) else side("else", 2)
print(r, calls)
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
print(1 if [] else 2, "full" if [0] else "empty", "x" if None else "y")
print([x if x % 2 else -x for x in range(5)])
print(sum(x for x in range(10) if x % 2 == 0) if True else 0)
a, b = 3, 8
print(a if a > b else b, min(a, b) if a != b else "same")
val = (10 if a < b else 20) + 1
print(val, 10 if a < b else 20 + 1)
nested = "outer-yes" if a else ("inner-yes" if b else "inner-no")
print(nested)
print(f"{'on' if a else 'off'}", [("t" if i else "f") for i in (0, 1)])
print(type(1 if True else 1.0).__name__, type(1 if False else 1.0).__name__)
x = y = None
z = x if x is not None else y if y is not None else "default"
print(z)
