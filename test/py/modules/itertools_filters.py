# takewhile, dropwhile, filterfalse, compress and starmap: results and how far they read
import itertools

def src(n):
    for i in range(n):
        print("  read", i)
        yield i

print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = itertools.takewhile(lambda x: x < 2, src(5))
print(list(tw), list(tw))
dw = itertools.dropwhile(lambda x: x < 2, src(4))
print(next(dw))
print(list(dw))

print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(itertools.filterfalse(bool, [0, 2, False, True])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress("ABC", itertools.repeat(True))), list(itertools.compress(range(10), [0, 1])))
print(list(itertools.compress(data="abc", selectors=[0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: a, ["ab", [1, 2, 3], ()])))

try:
    list(itertools.starmap(pow, [5]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(itertools.takewhile(None, [1]))
except TypeError as e:
    print("TypeError:", e)
for name in ["takewhile", "dropwhile", "filterfalse", "starmap"]:
    f = getattr(itertools, name)
    for call in [lambda: f(None), lambda: f(None, [], []), lambda: f(None, iterable=[]), lambda: f(None, 5)]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
for call in [lambda: itertools.compress("a"), lambda: itertools.compress(), lambda: itertools.compress(1, [])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
