# Assigning with a list as a dict key: TypeError: unhashable type: 'list'.

cache = {}
key = [1, 2]
cache[key] = "value"
