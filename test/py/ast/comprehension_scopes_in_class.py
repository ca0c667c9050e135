class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    pairs = {v: [w for w in values if w != v] for v in values}
    gen = (v for v in values)
