vals = [0.1 * i for i in range(1, 11)]
print(vals)
print([float(repr(v)) == v for v in vals])
print(1 / 7, 22 / 7, 1e-7, 1.0e-6, 123456789.123, 9007199254740993.0, 0.1 + 0.2 - 0.3)
print(2.5e-5, 1e21, 1e-21, 12345678901234567890.0, 1.7976931348623157e308 / 3)
print(float("0.1") * 3, 1.1 + 2.2, 3.3 * 3, 100 * 1.1, 4.35 * 100)
print(str(1e15), str(1e16), str(123.0), str(-1e-5), repr(3.0e0))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
