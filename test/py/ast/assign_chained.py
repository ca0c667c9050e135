a = b = c = 0
x = y = [1, 2]
p.q = r[0] = s = t
