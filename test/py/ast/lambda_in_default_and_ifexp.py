def f(key=lambda x: x, cond=a if b else c, *, cb=lambda *a, **k: None):
    pass
x = (lambda: a) if b else (lambda: c)
