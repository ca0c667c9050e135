def accumulate(values):
    total = None
    for v in values:
        total += v
    return total

accumulate([1, 2])
