def f():
    a = 1
    b = 2
    seen = [sorted(locals()) for _ in range(1)]
    return seen[0]
print(f())

def g():
    x = "x"
    return [sorted(locals()) for y in [0]][0]
print(g())

def h():
    out = {k: sorted(locals()) for k in "q"}
    return out

print(h())

def gen_scope():
    a = 1
    return list(sorted(locals()) for z in [0])[0]
print(gen_scope())

def outer_name_conflict():
    n = "before"
    vals = [n for n in range(2)]
    return n, vals, sorted(locals())
print(outer_name_conflict())

def bound_later():
    vals = [x for x in range(3)]
    x = "assigned after"
    return vals, x
print(bound_later())
