a = 10
b = 0
print("start")
c = a // b
print("unreachable")
