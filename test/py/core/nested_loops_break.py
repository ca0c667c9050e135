found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
total = 0
for row in [[1, 2, 3], [4, -1, 6], [7, 8, 9]]:
    for v in row:
        if v < 0:
            continue
        total += v
print(total)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if j > i:
            break
        count += 1
        j += 1
    i += 1
print(count)
