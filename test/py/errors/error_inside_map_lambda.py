# An exception raised inside a lambda called by map(), consumed by list():
# the <lambda> frame follows the frame of the list() call.
words = ["10", "20", "x30"]
print(list(map(lambda w: int(w), words[:2])))
numbers = list(map(lambda w: int(w), words))
