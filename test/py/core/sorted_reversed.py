data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower), sorted([]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(sorted({"x": 2, "y": 1}.items(), key=lambda kv: kv[1]))
