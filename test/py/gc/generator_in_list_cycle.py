import gc


def gen(n):
    for i in range(n):
        yield i


gc.collect()
# a generator hanging off a self-referencing list: list + generator
l = [gen(3)]
l.append(l)
del l
print(gc.collect())

# the same with a suspended generator
l = [gen(3)]
print(next(l[0]))
l.append(l)
del l
print(gc.collect())

# an exhausted generator
l = [gen(2)]
print(list(l[0]))
l.append(l)
del l
print(gc.collect())
