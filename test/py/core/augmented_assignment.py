x = 5
x += 3
x -= 1
x *= 4
x //= 3
x %= 5
x **= 3
print(x)
y = 7.0
y /= 2
print(y)
b = 0b1010
b &= 0b0110
b |= 0b1000
b ^= 0b0001
b <<= 2
b >>= 1
print(b)
s = "ab"
s *= 3
s += "!"
print(s)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"n": 0}
d["n"] += 10
lst = [[0]]
lst[0][0] -= 1
print(d, lst)
