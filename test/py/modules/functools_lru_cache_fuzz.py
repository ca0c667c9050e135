# lru_cache against a model of its policy: a long pseudo-random call sequence, several
# maxsize values, typed=, keyword calls; hits, misses, evictions and results must agree
import functools

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n

for maxsize in [1, 2, 3, 7, 16]:
    for typed in [False, True]:
        calls = []
        @functools.lru_cache(maxsize=maxsize, typed=typed)
        def f(x, y=0):
            calls.append((x, y))
            return (x, y, len(calls))
        model = []          # keys, least recently used first
        hits = misses = 0
        for step in range(400):
            x = rand(12)
            if rand(5) == 0:
                x = float(x)
            kw = rand(4) == 0
            # the C key: a lone int argument is its own key, else a tuple (3 == 3.0 inside one)
            if typed:
                key = (x, type(x), kw)
            elif kw:
                key = ("kw", x)
            else:
                key = ("int" if type(x) is int else "args", x)
            res = f(x, y=1) if kw else f(x)
            if key in model:
                hits += 1
                model.remove(key)
            else:
                misses += 1
                if len(model) == maxsize:
                    model.pop(0)
            model.append(key)
            assert res[:2] == (x, 1 if kw else 0), (res, x)
        info = f.cache_info()
        print(maxsize, typed, info, (hits, misses) == (info.hits, info.misses), len(calls))
        f.cache_clear()
print(functools.lru_cache(maxsize=None)(len).cache_info())
