class Box: pass
b = Box()
b.value = 3
print(b.value)
print(b.valeu)
