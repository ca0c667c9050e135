x = 500 + 500
y = 1000
print(x is y)
s = "hel" + "lo"
hello = "hello"
print(s is hello)
t = (1, 2) + (3,)
t2 = (1, 2, 3)
print(t is t2)
neg = -5000
neg2 = -5000
print(neg is neg2)
p = 2 ** 64
q = 18446744073709551616
print(p is q)
r1 = "a" * 10
r2 = "aaaaaaaaaa"
print(r1 is r2)
m1 = 10 ** 3
m2 = 1000
print(m1 is m2, m1 is x)
