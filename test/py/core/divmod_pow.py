print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(0, 5))
print(divmod(2 ** 80, 12345), divmod(-(2 ** 80), 12345))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(2, 100, 1000007))
print(pow(-2, 3), pow(-2, 3, 5), pow(3, -1, 7), pow(38, -1, 97))
print(pow(2.0, 3), pow(2, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(10, 20), pow(7, 222, 2 ** 64))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
