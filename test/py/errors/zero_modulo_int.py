# int % 0 and divmod(int, 0) have different messages from int / 0.
try:
    divmod(7, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    7.0 // 0
except ZeroDivisionError as e:
    print("float floordiv:", e)
n = 0
print(7 % n)
