l = [1, 2, 3, 1, 2, 3, 1]
print(l.index(1), l.index(1, 1), l.index(1, 4), l.index(3, -3), l.index(2, 0, 2))
print(l.count(1), l.count(4), [1, [1], (1,)].count(1), [[1], [1]].count([1]))
try:
    l.index(3, 0, 2)
except ValueError as e:
    print("ValueError:", e)
s = "abcabc"
print(s.index("c", 3), s.count("a", 1), s.find("b", -2), s.rfind("b", 0, 3))
t = (1, 2, 1)
print(t.index(1, 1), t.count(1))
