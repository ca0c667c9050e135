def get_first(x):
    return x[0]

value = 42
print(get_first(value))
