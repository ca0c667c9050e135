# Recipes from the itertools documentation, built from several tools at once
import itertools
from itertools import chain, combinations, islice, groupby, starmap, repeat, zip_longest, tee, count, cycle

def take(n, iterable):
    return list(islice(iterable, n))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def unique_justseen(iterable):
    return map(next, map(lambda g: g[1], groupby(iterable)))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

print(take(5, count(10, 5)))
print(list(powerset("abc")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(sliding_window("ABCDEFG", 4)))
print(list(starmap(lambda a, b: a * b, zip(range(5), repeat(3)))))
print(sum(1 for _ in itertools.product(range(10), repeat=3)))
print(list(itertools.accumulate(itertools.repeat(2, 5), lambda a, b: a * b)))
