def chain(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append((code.co_name, tb.tb_lineno - code.co_firstlineno))
        tb = tb.tb_next
    return out

def listcomp():
    return [1 // (x - 2) for x in range(4)]

def genexp():
    return sum(1 // (x - 2) for x in range(4))

def nested():
    return {k: [1 // v for v in vs] for k, vs in {"a": [1, 0]}.items()}

for fn in (listcomp, genexp, nested):
    try:
        fn()
    except ZeroDivisionError as e:
        print(fn.__name__, chain(e))

g = (x for x in range(2))
print(g.gi_frame is not None, g.gi_frame.f_code.co_name)
list(g)
print(g.gi_frame)
