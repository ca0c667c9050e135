*a, b = c
print(*args)
[*a, *b]
f(*a or b)
x = *a,
for *a, b in c:
    pass
