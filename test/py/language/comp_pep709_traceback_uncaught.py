def convert(items):
    return [int(s) for s in items]

def load():
    good = convert(["1", "2"])
    print(good)
    return convert(["3", "four", "5"])

load()
