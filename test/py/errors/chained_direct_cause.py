def load(name):
    data = {"a": 1}
    try:
        return data[name]
    except KeyError as e:
        raise LookupError("no such entry: " + name) from e

load("b")
