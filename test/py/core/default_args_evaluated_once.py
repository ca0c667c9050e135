calls = []
def default():
    calls.append("evaluated")
    return len(calls)
def f(x=default()):
    return x
print(f(), f(), f(10), calls)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
n = 5
def late(x=n):
    return x
n = 6
print(late())
