print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print((1, "a") < (1, "b"), (2,) > (1, 100), () == (), (1,) != [1])
print("apple" < "banana", "Z" < "a", "abc" < "abcd", "" < "a")
print("a" * 3 == "aaa", [0] * 3 == [0, 0, 0], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1}, frozenset([1]) == {1})
print(max([3, 1], [2, 9]), min("hello", "help"), sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print({1: 2} < {3: 4})
except TypeError as e:
    print("TypeError:", e)
