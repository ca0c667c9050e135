a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[::2] = "ABCDE"
print(b)
del b[1:3]
print(b)
del b[::3]
print(b)
b[:] = []
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[-1:] = []
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
