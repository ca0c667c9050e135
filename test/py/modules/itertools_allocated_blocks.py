# Blocks an iterator costs: its own object, the call's argument tuple (these types have no
# vectorcall), index arrays; and none per step where the result tuple is recycled
import itertools, sys, gc

gc.disable()

g = sys.getallocatedblocks
data = (1, 2, 3)
held = []

def drain():
    # keep fresh lists, dicts and small tuples alive: their free lists are then empty,
    # whatever import and start-up left there (CPython creates its itertools types at import)
    n = len(held)
    held.append([[] for i in range(100)])
    held.append([{} for i in range(100)])
    for size in range(1, 7):
        held.append([(i, n, 0, 0, 0, 0, 0)[:size] for i in range(400)])

def cost(label, make):
    drain()
    before = g()
    obj = make()
    after = g()
    print(label, after - before - 1)
    held.append(obj)

cost("count(1)", lambda: itertools.count(1))
cost("repeat(x, 3)", lambda: itertools.repeat(data, 3))
cost("cycle", lambda: itertools.cycle(data))
cost("chain(a, b)", lambda: itertools.chain(data, data))
cost("zip_longest", lambda: itertools.zip_longest(data, data))
cost("product(a, b)", lambda: itertools.product(data, data))
cost("permutations", lambda: itertools.permutations(data))
cost("combinations r=0", lambda: itertools.combinations(data, 0))
cost("tee", lambda: itertools.tee(data))
cost("batched", lambda: itertools.batched(data, 2))

def steps(label, it):
    next(it)
    drain()
    before = g()
    n = 0
    for t in it:
        n += 1
    print(label, n, g() - before - 1)

steps("product", itertools.product(range(5), range(5)))
steps("combinations", itertools.combinations(range(8), 3))
steps("permutations", itertools.permutations(range(5)))
steps("zip_longest", itertools.zip_longest(range(20), range(5)))
steps("cwr", itertools.combinations_with_replacement(range(5), 3))

# (CPython 3.12.1 can crash at exit when a tee object is still alive in the final collection)
held.clear()
gc.enable()
