# Implicit chaining where both exceptions come from nested calls.
def read_config():
    return {}["path"]

def fallback():
    return [][0]

def load():
    try:
        return read_config()
    except KeyError:
        return fallback()

load()
