def lookup(table, name):
    return table[name]["value"]

tables = {"a": {"value": 1}, "b": {}}
print(lookup(tables, "a"))
print(lookup(tables, "b"))
