@functools.lru_cache(maxsize=None)
def f(n):
    return n

@register("name", *extra, key=1, **opts)
@staticmethod
def g():
    pass
