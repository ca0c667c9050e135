a = 2 ** 100
b = 3 ** 50
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(divmod(a, -b))
print(a ** 2)
print(10 ** 50 + 1)
print((10 ** 30) // 7, (10 ** 30) % 7)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (2 ** 64), x % 1000000007)
print(-x, abs(-x) == x)
print(2 ** 64 - 1, -(2 ** 63))
