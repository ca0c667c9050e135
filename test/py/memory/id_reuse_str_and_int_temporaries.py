s = "".join(["temp", "orary"])
j = id(s)
del s
t = "".join(["other", "value"])
print(id(t) == j)
def big_temp(n):
    return id(n * 10 ** 20)
print(big_temp(3) == big_temp(4))
x = 10 ** 20 + int("1")
i = id(x)
del x
y = 10 ** 20 + int("2")
print(id(y) == i)
