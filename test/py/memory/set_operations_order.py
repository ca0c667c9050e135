a = {5, 1, 9, 13, 2}
b = {9, 2, 17, 4}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
s1 = {"red", "green", "blue"}
s2 = {"blue", "black", "white"}
print(s1 | s2)
print(s1 ^ s2)
print(sorted(s1 | s2))
