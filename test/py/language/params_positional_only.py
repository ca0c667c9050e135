def pos_only(a, b, /, c, *, d):
    return a, b, c, d

print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))

def name_reuse(name, /, **kwargs):
    return name, kwargs
print(name_reuse("positional", name="keyword"))

def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 20), defaults(1, c=30))
print(defaults.__defaults__, defaults.__code__.co_posonlyargcount, defaults.__code__.co_argcount)

for call in [lambda: pos_only(1, b=2, c=3, d=4), lambda: pos_only(a=1, b=2, c=3, d=4),
             lambda: defaults(1, b=2), lambda: pos_only(1, 2, 3, 4), lambda: pos_only(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def only(x, /):
    return x * 2
print(only(21), list(map(only, [1, 2])))
try:
    only(x=1)
except TypeError as e:
    print("TypeError:", e)
print(len([1, 2]), divmod(7, 2))
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)
