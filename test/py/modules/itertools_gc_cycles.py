# itertools objects take part in the cycle collector: cycles through them are found
import gc, itertools

gc.collect()
gc.disable()

class Node:
    def __index__(self):
        return 1

def cycle_through(make):
    n = Node()
    n.it = make(n)
    del n
    return gc.collect()

print("count", cycle_through(lambda n: itertools.count(n, n)))
print("repeat", cycle_through(lambda n: itertools.repeat(n)))
print("cycle", cycle_through(lambda n: itertools.cycle([n])))
print("chain", cycle_through(lambda n: itertools.chain([n], [1])))
print("islice", cycle_through(lambda n: itertools.islice([n], 1)))
print("zip_longest", cycle_through(lambda n: itertools.zip_longest([1], fillvalue=n)))
print("accumulate", cycle_through(lambda n: itertools.accumulate([1], initial=n)))
print("groupby", cycle_through(lambda n: itertools.groupby([n])))
print("starmap", cycle_through(lambda n: itertools.starmap(n, [])))
print("compress", cycle_through(lambda n: itertools.compress([n], [1])))
print("pairwise", cycle_through(lambda n: itertools.pairwise([n])))
print("batched", cycle_through(lambda n: itertools.batched([n], 1)))
print("product", cycle_through(lambda n: itertools.product([n])))
print("tee", cycle_through(lambda n: itertools.tee([n])[0]))

it = itertools.cycle([1])
print(gc.is_tracked(it), gc.is_tracked(itertools.count()))
print([type(o).__name__ for o in gc.get_referents(itertools.cycle("ab"))])
print(gc.get_referents(itertools.repeat(5, 2)))
gc.enable()
