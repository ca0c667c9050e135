# islice(): start/stop/step, how far the underlying iterator is consumed, and errors
import itertools

print(list(itertools.islice("ABCDEFG", 2)))
print(list(itertools.islice("ABCDEFG", 2, 4)))
print(list(itertools.islice("ABCDEFG", 2, None)))
print(list(itertools.islice("ABCDEFG", 0, None, 2)))
print(list(itertools.islice("ABCDEFG", None)), list(itertools.islice("ABC", None, None, None)))
print(list(itertools.islice(range(10), 1, 9, 3)), list(itertools.islice(range(3), 5, 10)))

it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 6, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 4, 4)), next(it))

def noisy():
    for i in range(5):
        print("  yield", i)
        yield i

s = itertools.islice(noisy(), 1, 4, 2)
print("made")
print(next(s))
print(list(s))
print(list(itertools.islice(itertools.count(), 10000, 10003)))

class Idx:
    def __index__(self):
        return 2
print(list(itertools.islice("abcdef", Idx(), None, Idx())))
for args in [(-1,), ("x",), (1, -2), (-1, 3), (None, None, 0), (0, 5, -1), (0, 5, 1.5), (2**64,)]:
    try:
        itertools.islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: itertools.islice("abc"), lambda: itertools.islice("abc", 1, 2, 3, 4), lambda: itertools.islice("abc", stop=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
