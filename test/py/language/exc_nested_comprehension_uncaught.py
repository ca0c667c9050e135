table = {"a": [1, 2], "b": [3, 0], "c": [5]}

def inverse(table):
    return {k: [round(1 / v, 2) for v in vs] for k, vs in table.items()}

print(inverse({"x": [4]}))
print(inverse(table))
