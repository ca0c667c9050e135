def scale(x, factor=1):
    return x / factor

print(scale(10))
print(scale(10, 2))
print(scale(10, 0))
