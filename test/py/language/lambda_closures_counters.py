def make_ops():
    total = [0]
    add = lambda n: total.__setitem__(0, total[0] + n) or total[0]
    get = lambda: total[0]
    return add, get

add, get = make_ops()
print(add(5), add(7), get())

def curry(f, n):
    def step(args):
        if len(args) == n:
            return f(*args)
        return lambda x: step(args + (x,))
    return step(())

vol = curry(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4))
print(list(map(lambda x, y: x ** y, [2, 3, 4], [3, 2, 1])))
print(list(filter(lambda s: s and s[0].isupper(), ["Ab", "", "cd", "Ef", "g"])))
import functools
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4], 0))
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ["aa", "bbb", "c", "ddd"]))
fns = {name: (lambda n: lambda s: s * n)(len(name)) for name in ["a", "bb", "ccc"]}
print([fns[k]("x") for k in fns])
