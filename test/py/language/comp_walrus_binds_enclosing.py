values = [3, 8, 1, 9, 4]
big = [last := v for v in values if v > 2]
print(big, last)
print(any((hit := v) > 8 for v in values), hit)
print(all((probe := v) < 5 for v in values), probe)

def running_total(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total
print(running_total([1, 2, 3, 4]))

def first_match(items):
    if any((found := it).startswith("b") for it in items):
        return found
    return None
print(first_match(["apple", "berry", "bean"]), first_match(["x"]))

def outer():
    def inner():
        return [seen := c for c in "xyz"]
    r = inner()
    try:
        seen
    except NameError as e:
        return r, "NameError: " + str(e)
print(outer())

class K:
    items = [1, 2]
print(K.items)
print({(m := k): k * 2 for k in range(3)}, m)
