class Config:
    base = 10
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i, n in enumerate(names)]
    try:
        scaled = [base * i for i in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first = [b for b in [base]]
    keyed = {n: len(n) for n in names}
    try:
        cross = [(n, m) for n in names for m in names if m != n][:2]
    except NameError as e:
        cross = "NameError: " + str(e)
    gen = list(x + 1 for x in [base, base])

print(Config.upper)
print(Config.pairs)
print(Config.scaled)
print(Config.first, Config.keyed)
print(Config.cross)
print(Config.gen)
print("n" in Config.__dict__, "i" in Config.__dict__)
