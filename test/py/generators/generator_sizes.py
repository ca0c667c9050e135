import sys

def g0():
    yield 1

def g3(a, b, c):
    x = a + b
    yield x + c

def deep(a):
    yield [a, [a, (a, {a: a})]]

print(sys.getsizeof(g0()), sys.getsizeof(g3(1, 2, 3)), sys.getsizeof(deep(1)))
print(sys.getsizeof(x for x in range(3)))
gen = g0()
before = sys.getsizeof(gen)
next(gen)
print(sys.getsizeof(gen) == before)
