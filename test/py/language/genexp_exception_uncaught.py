def ratio(values):
    return sum(100 // v for v in values)

print(ratio([1, 2, 5]))
print(ratio([4, 0, 2]))
