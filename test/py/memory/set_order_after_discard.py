s = {1, 9, 17, 25}
print(list(s))
s.discard(9)
print(list(s))
s.add(33)
print(list(s))
s.add(9)
print(list(s))
t = set(range(10))
for i in range(0, 10, 2):
    t.remove(i)
t.add(100)
t.add(0)
print(list(t))
u = {"a", "b", "c"}
u.discard("b")
u.add("z")
print(u)
