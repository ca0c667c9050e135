# OrderedDict errors: empty popitem, missing keys, mutation during iteration.
from collections import OrderedDict
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
od = OrderedDict(a=1, b=2, c=3)
attempt(lambda: OrderedDict().popitem())
attempt(lambda: od.move_to_end("zz"))
attempt(lambda: OrderedDict().move_to_end("zz"))
attempt(lambda: od.pop("zz"))
attempt(lambda: od["zz"])
attempt(lambda: OrderedDict(1, 2))
attempt(lambda: od.update(1, 2))
attempt(lambda: od.update([(1, 2, 3)]))
attempt(lambda: od.update([(1,)]))
attempt(lambda: od.update([1]))
attempt(lambda: od < od)
attempt(lambda: od | 1)
attempt(lambda: od.move_to_end())
attempt(lambda: od.popitem(1, 2))
attempt(lambda: od.setdefault())
attempt(lambda: hash(od))
def move_while_iterating():
    for k in od:
        od.move_to_end(k)
attempt(move_while_iterating)
def add_while_iterating():
    for k in od:
        od[k + "!"] = 0
attempt(add_while_iterating)
print(od)
for k in od:
    del od[k]
