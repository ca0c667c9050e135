records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [3, 1, 2]
print(sorted(nums, key=lambda n: 0), sorted([True, False, 1, 0]))
