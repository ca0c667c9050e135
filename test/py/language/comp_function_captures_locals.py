def scale_all(values, factor):
    offset = 1
    return [v * factor + offset for v in values]
print(scale_all([1, 2, 3], 10))

def make_filters(limit):
    big = [n for n in range(10) if n > limit]
    fns = [lambda n=n: n * limit for n in big]
    return big, [f() for f in fns]
print(make_filters(6))

def cells():
    base = 100
    out = [lambda: base + i for i in range(3)]
    base = 200
    return [f() for f in out]
print(cells())

def nested_refs():
    data = {"a": [1, 2], "b": [3]}
    return {k: [v * len(data) for v in vs] for k, vs in data.items()}
print(nested_refs())

def uses_outer_loop_var():
    result = []
    for i in range(3):
        result.append([i * j for j in range(i + 1)])
    return result
print(uses_outer_loop_var())

def closure_over_comp_var():
    fs = [(lambda: x) for x in "abc"]
    x = "local x"
    return [f() for f in fs], x
print(closure_over_comp_var())
