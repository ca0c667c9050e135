f(key=1, **opts, key=2)
