x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4)
print(0 <= x <= 4, x != 4 != 5)

calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
calls.clear()
print(val(1) == val(1) != val(2) == val(2), calls)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, 1 in a, 3 not in a)
print(a < [1, 3], [1, 2, 3] > a, (1, 2) < (1, 2, 0), "abc" < "abd" < "b")
print(None is None is not False)
