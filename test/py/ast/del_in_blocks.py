def cleanup(d, items):
    del d["key"], items[0]
    for k in list(d):
        del d[k]
    del items[:]
    del d
    del (items)
