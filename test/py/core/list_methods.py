a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 7)
a.insert(100, 8)
a.insert(-1, 0)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.index(5, 2))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b.clear()
print(a, b, len(a))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
