def make():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda i: lambda: i)(i) for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make())

def shared_var():
    counter = 0
    def bump():
        nonlocal counter
        counter += 1
        return counter
    return [bump() for _ in range(3)], counter
print(shared_var())

def comp_in_comp_closure():
    return [[(lambda: (a, b))() for b in range(2)] for a in range(2)]
print(comp_in_comp_closure())

def cell_var_shadows_outer():
    x = "outer"
    fs = [lambda: x for x in range(2)]
    return x, [f() for f in fs]
print(cell_var_shadows_outer())

def inner_def_sees_enclosing():
    y = 5
    return [(lambda: y * z)() for z in range(3)]
print(inner_def_sees_enclosing())
