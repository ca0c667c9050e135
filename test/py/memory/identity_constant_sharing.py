a = 1000
b = 1000
print(a is b)
def f():
    return 1000
def g():
    return 1000
print(f() is g(), f() is a)
s1 = "hello world!"
s2 = "hello world!"
def h():
    return "hello world!"
print(s1 is s2, h() is s1)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
def tf():
    return (1, 2, 3)
print(t1 is t2, tf() is t1)
x = 1.5
y = 1.5
print(x is y)
n1 = -0.0
n2 = 0.0
print(n1 is n2, n1 == n2)
big = 10 ** 30
big2 = 10 ** 30
print(big is big2)
