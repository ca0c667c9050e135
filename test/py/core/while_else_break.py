i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n >= 4:
        break
else:
    print("not printed")
print("n =", n)
def find_divisor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            break
        d += 1
    else:
        return None
    return d
print(find_divisor(91), find_divisor(97), find_divisor(4))
