# functools error messages: lru_cache arguments, partial, wraps on odd objects, singledispatch
import functools

for call in [lambda: functools.lru_cache("x"), lambda: functools.lru_cache(maxsize=1.5)(len),
             lambda: functools._lru_cache_wrapper(1, 1, False, tuple),
             lambda: functools._lru_cache_wrapper(len, 1.5, False, tuple),
             lambda: functools._lru_cache_wrapper(len, 1, False),
             lambda: functools.lru_cache(2)(len)([]),
             lambda: functools.partial(),
             lambda: functools.cache(),
             lambda: functools.update_wrapper(1, functools.update_wrapper),
             lambda: functools.total_ordering(object),
             lambda: functools.partialmethod(1),
             lambda: functools.singledispatch(lambda x: x)()]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = functools.lru_cache(5, True)
print(type(d).__name__, d.__name__, d.__qualname__)
w = functools.lru_cache(lambda s: len(s))
print(w("abc"), w.cache_info(), w.__name__)
