def by_loop():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return [f() for f in funcs]
print(by_loop())

def by_factory():
    def make(i):
        def f():
            return i
        return f
    return [make(i)() for i in range(3)]
print(by_factory())

def by_default():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return [f() for f in funcs]
print(by_default())

def while_loop_cells():
    funcs = []
    n = 0
    while n < 3:
        funcs.append(lambda: n)
        n += 1
    return [f() for f in funcs]
print(while_loop_cells())

def loop_var_after():
    fs = []
    for name in ["a", "b"]:
        fs.append(lambda: name.upper())
    name = "z"
    return [f() for f in fs]
print(loop_var_after())
