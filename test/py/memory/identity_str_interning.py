import sys
a = "hello_world"
b = "hello_" + "world"
print(a is b)
c = "hello world!"
n = "hello"
d = n + " world!"
print(c == d, c is d)
e = n + "_world"
print(e is a, sys.intern(e) is a)
f = "".join(["hel", "lo"])
print(f is n, sys.intern(f) is n)
g = "123abc"
h = str(123) + "abc"
print(g is h, sys.intern(h) is g)
i1 = "with space"
i2 = "with space"
print(i1 is i2)
def ret():
    return "with space"
print(ret() is i1)
x = str(12345)
y = str(12345)
print(x is y, x == y)
