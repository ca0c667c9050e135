# Constant folding limits: ints up to 128 bits and strs up to 4096 chars are
# folded (and then shared); larger results are computed at run time.
a = 2 ** 64
b = 2 ** 64
print(a is b)
c = 2 ** 200
d = 2 ** 200
print(c == d, c is d)
s1 = "a" * 4096
s2 = "a" * 4096
print(s1 is s2)
s3 = "a" * 4097
s4 = "a" * 4097
print(s3 == s4, s3 is s4)
t1 = (1,) * 10
t2 = (1,) * 10
print(t1 is t2)
