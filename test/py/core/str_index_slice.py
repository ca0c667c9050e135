s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[2:5], s[:5], s[7:], s[-5:], s[:-7], s[:])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
print(len(s), len(""), len("\u00e9\u4e2d\U0001F600"))
u = "a\u00e9\u4e2d\U0001F600z"
print(u[1], u[2], u[3] == "\U0001F600", u[::-1] == "z\U0001F600\u4e2d\u00e9a")
try:
    s[12]
except IndexError as e:
    print("IndexError:", e)
