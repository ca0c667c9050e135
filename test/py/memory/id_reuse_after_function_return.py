def make():
    tmp = [1, 2, 3]
    return id(tmp)
first = make()
second = make()
print(first == second)
def make_obj():
    return id(object())
print(make_obj() == make_obj())
def keep():
    return [0]
kept = keep()
print(id(keep()) != id(kept))
