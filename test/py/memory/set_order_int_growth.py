s = set()
for i in [100, 3, 57, 12, 8, 33, 64, 1, 90, 25, 7, 16, 42, 99, 5, 71, 60, 2, 48, 30]:
    s.add(i)
    if len(s) in (4, 5, 18, 19, 20):
        print(len(s), list(s))
t = set()
for i in range(0, 400, 20):
    t.add(i)
print(list(t))
