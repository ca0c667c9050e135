# Tracebacks name a frame by its code object's name (co_name), not the
# qualified name: the nested function shows as "inner", not "outer.<locals>.inner".
def outer():
    def inner(v):
        return v["missing"]
    return inner({})

outer()
