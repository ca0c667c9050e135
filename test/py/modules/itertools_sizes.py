# sys.getsizeof of every itertools object (basicsize + 16 for the GC header, plus index arrays)
import itertools, sys

objects = [
    itertools.count(), itertools.count(1.5), itertools.cycle("ab"), itertools.repeat(1), itertools.repeat(1, 3),
    itertools.chain(), itertools.chain.from_iterable([]), itertools.islice("a", 1), itertools.zip_longest(),
    itertools.product(), itertools.product("ab", "cd", "ef"), itertools.permutations("abc"),
    itertools.permutations("abcde", 2), itertools.combinations("abc", 2), itertools.combinations_with_replacement("ab", 3),
    itertools.accumulate([]), itertools.groupby([]), itertools.starmap(pow, []), itertools.takewhile(None, []),
    itertools.dropwhile(None, []), itertools.filterfalse(None, []), itertools.compress([], []),
    itertools.tee([])[0], itertools.pairwise([]), itertools.batched([], 2),
]
for o in objects:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), type(o).__basicsize__, type(o).__itemsize__)
print(type(next(itertools.groupby("a"))[1]).__basicsize__, itertools._tee_dataobject.__basicsize__)
print(sorted(name for name in dir(itertools) if not name.startswith("__")))
print([type(o).__module__ for o in objects[:3]], itertools.count.__qualname__, repr(itertools.count))
