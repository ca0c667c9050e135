print(range(5), range(2, 10), range(0, 10, 3), range(5, 0, -1))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
r = range(10, 100, 7)
print(len(r), r[0], r[-1], r[3], r[2:5], r[::-1], 24 in r, 25 in r, r.index(31), r.count(17))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), len(range(10 ** 6)), range(10 ** 20)[5])
print(list(range(-5, 5, 4)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), range(10 ** 30)[-1])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
