def ratio(values):
    total = sum(values)
    return [v % (total - total) for v in values]

ratio([1.5, 2.5])
