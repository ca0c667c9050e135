def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    def peek():
        return count
    return inc, dec, peek

inc, dec, peek = make_counter(10)
print(inc(), inc(5), dec(), peek())
inc2, _, peek2 = make_counter()
inc2()
print(peek(), peek2())

def make_accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = make_accumulator()
print([acc(v) for v in (3, 4, 5)])
print(acc.__code__.co_freevars, [c.cell_contents for c in acc.__closure__])
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

def rebinding_closure():
    value = "first"
    def get():
        return value
    value = "second"
    return get
print(rebinding_closure()())
