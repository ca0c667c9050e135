a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(5 % 0.3, -5 % 0.3, 1.0 % 1e-300)
print(3 * 0.1, 3 / 10, 0.1 + 0.7)
print(2 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 4 ** -0.5)
print(1.0 == 1, 0.5 == 1 / 2, 1.0 * 1 == 1)
print(abs(-0.0), abs(-3.5), -(0.0))
print(int(2.5), int(-2.5), float(10 ** 20))
print(1e308 * 10, -1e308 * 10, 1e-320 / 10)
