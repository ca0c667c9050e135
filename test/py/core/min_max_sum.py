print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min((9, 8), (9, 7)))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([], default="empty"))
print(max([1, 5, 5, 2], key=lambda x: x == 5), min([-3, 2, -1], key=abs))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10 ** 6)))
print(sum([1.5, 2, True]), sum([]), sum((2 ** 70, 2 ** 70)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
