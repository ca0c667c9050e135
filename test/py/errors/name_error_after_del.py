# NameError after del; the suggestion algorithm finds a builtin candidate.
value = [1, 2, 3]
print(len(value))
del value
print(len(value))
