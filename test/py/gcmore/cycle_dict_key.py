import gc


class K:
    pass


gc.collect()
# the cycle goes through a dict key: dict -> key instance -> dict
d = {}
k = K()
k.owner = d
d[k] = "value"
del d, k
print("instance key:", gc.collect())

# through a tuple used as a key
d = {}
holder = [d]
d[(1, K())] = holder
del d, holder
print("tuple key:", gc.collect())

# key and value are both the same instance
d = {}
k = K()
k.d = d
d[k] = k
del d, k
print("key is value:", gc.collect())
