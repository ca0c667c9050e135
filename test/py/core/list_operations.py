a = [1, 2]
b = a + [3]
a += [4]
print(a, b, a * 2, [0] * 3, [[]] * 2, 2 * [None])
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
m2 = [[0] * 3 for _ in range(2)]
m2[0][0] = 1
print(m2)
x = [5, 3, 8]
x *= 2
print(x, len(x), 3 in x, 7 not in x, x.count(8))
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}), list())
print([1, [2, [3, [4]]]], [1, 2] == [1, 2], [1, 2] < [1, 3])
nested = [1, 2]
nested.append(nested)
print(nested)
