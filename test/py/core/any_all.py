print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any([x > 3 for x in [1, 5]]), all([c.isalpha() for c in "abc"]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(map(check, [0, 0, 1, 0, 1])), calls)
calls.clear()
print(all(map(check, [1, 1, 0, 1])), calls)
print(any("abc"), all(""), any({0: 1}), all({1: 0}))
