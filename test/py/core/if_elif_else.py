def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 99)])
x = 7
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
y = "even" if x % 2 == 0 else "odd"
print(y)
if x > 5 and x < 10 or x == 100:
    print("range ok")
if (n := len("walrus")) > 3:
    print("n is", n)
print(1 if 0 else 2 if 0 else 3)
