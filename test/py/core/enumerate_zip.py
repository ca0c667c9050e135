for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
it = zip(range(3), range(10, 13))
print(next(it), next(it), list(it))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
