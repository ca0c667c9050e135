a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(7 // 7, 0 // 3, 0 % 5, -0)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2, (-8) ** -1)
print(abs(-42), abs(0), abs(42))
print(+a, -a, ~a, ~-a, ~0)
