#!/usr/bin/env python3
"""Container vectors from CPython 3.12 for test/objects/{dict,set,list,tuple,range}.test.ts.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-container-vectors.py
(the script re-executes itself with PYTHONHASHSEED=0 so str hashes, and therefore
set iteration orders, are reproducible; pyarena's tests use the same seed).

Values are encoded for JSON as: int -> number (ints here are safe integers),
str -> string, tuple -> array, None -> null, bool -> {"b": true},
big ints -> {"i": "digits"}, floats -> {"f": x}.
"""
import json
import os
import subprocess
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable, __file__] + sys.argv[1:], env=env))

assert sys.version_info[:3] == (3, 12, 1), sys.version

getsizeof = sys.getsizeof
OUT = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "containers.json")


def enc(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int) and abs(v) > 2**53 - 1:
        return {"i": str(v)}
    if isinstance(v, (int, str)):
        return v
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def encf(x):
    return {"f": x} if isinstance(x, float) else enc(x)


def err(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        return [type(e).__name__, str(e)]
    return None


fx = {}

# ---------------------------------------------------------------- dict
def growth(keys):
    d = {}
    out = []
    for k in keys:
        d[k] = 1
        out.append(getsizeof(d))
    return out


fx["dict_int_growth"] = growth(range(400))
fx["dict_str_growth"] = growth(["k%d" % i for i in range(400)])
fx["dict_mixed_growth"] = growth([("k%d" % i if i % 3 else i) for i in range(100)])

d = {i: i for i in range(100)}
s1 = getsizeof(d)
for i in range(100):
    del d[i]
s2 = getsizeof(d)
d.clear()
fx["dict_delete_all"] = [s1, s2, getsizeof(d)]

d = {"a": 1}
d[1] = 2
q1 = getsizeof(d)
d = {i: i for i in range(5)}
[d.pop(i) for i in range(4)]
d[100] = 1
fx["dict_quirks"] = [q1, getsizeof(d)]

# delete/insert churn: keys i, delete i-3 (dummies force rebuilds)
d = {}
churn = []
for i in range(60):
    d[i] = i
    if i >= 3:
        del d[i - 3]
    churn.append(getsizeof(d))
fx["dict_churn"] = churn
fx["dict_churn_keys"] = [enc(k) for k in d]

# presized literals: BUILD_MAP n (non-constant keys) and BUILD_CONST_KEY_MAP (str keys)
pres_int = []
pres_str = []
for n in range(0, 40):
    names = ["v%d" % i for i in range(n)]
    ns = {nm: i for i, nm in enumerate(names)}
    src = "{" + ", ".join("%s: %s" % (nm, nm) for nm in names) + "}"
    pres_int.append(getsizeof(eval(src, {}, ns)))
    src2 = "{" + ", ".join("'%s': %s" % (nm, nm) for nm in names) + "}"
    pres_str.append(getsizeof(eval(src2, {}, ns)))
fx["dict_presized_int"] = pres_int
fx["dict_presized_str"] = pres_str

# copy / update / fromkeys / dict(zip) / | sizes
sizes = {}
for n in [0, 1, 3, 5, 6, 10, 11, 20, 21, 43, 86, 100]:
    src = {i: i for i in range(n)}
    ssrc = {"k%d" % i: i for i in range(n)}
    sizes[str(n)] = {
        "copy": getsizeof(src.copy()),
        "scopy": getsizeof(ssrc.copy()),
        "dict_of_dict": getsizeof(dict(src)),
        "update_empty": (lambda e: (e.update(src), getsizeof(e))[1])({}),
        "fromkeys_range": getsizeof(dict.fromkeys(range(n))),
        "fromkeys_dict": getsizeof(dict.fromkeys(src)),
        "fromkeys_sdict": getsizeof(dict.fromkeys(ssrc)),
        "fromkeys_set": getsizeof(dict.fromkeys(set(range(n)))),
        "zip": getsizeof(dict(zip(range(n), range(n)))),
        "or": getsizeof(src | {-1: 0}),
    }
    # a copy of a dict with many deletions (not compact)
    t = {i: i for i in range(n)}
    for i in range(0, n, 2):
        del t[i]
    sizes[str(n)]["copy_sparse"] = getsizeof(t.copy())
fx["dict_sizes"] = sizes

# order and repr
d = {}
for k in [3, "a", 1, "b", (1, 2), None, 2]:
    d[k] = k
del d["a"]
d["a"] = 0
fx["dict_order"] = [enc(k) for k in d]
fx["dict_repr"] = [repr({}), repr({1: "a", "b": (1, 2)}), repr({"x": [1, {2: 3}]})]
dd = {1: 2}
dd[2] = dd
fx["dict_repr_recursive"] = repr(dd)

d = {1: "a", 2: "b", 3: "c"}
fx["dict_methods"] = {
    "popitem": enc(d.copy().popitem()),
    "pop_default": enc(d.copy().pop(9, "z")),
    "get": enc(d.get(2)),
    "get_default": enc(d.get(9, "q")),
    "setdefault": enc(d.copy().setdefault(4, "d")),
    "keys": [enc(x) for x in d.keys()],
    "values": [enc(x) for x in d.values()],
    "items": [enc(x) for x in d.items()],
    "reversed": [enc(x) for x in reversed(d)],
    "reversed_items": [enc(x) for x in reversed(d.items())],
    "keys_repr": repr(d.keys()),
    "values_repr": repr(d.values()),
    "items_repr": repr(d.items()),
    "or": [enc(x) for x in ({1: 1, 2: 2} | {2: 3, 4: 4}).items()],
}
dv = {1: 1, 2: 2, 3: 3, "k": 4}
fx["dict_view_ops"] = {
    "and": [enc(x) for x in dv.keys() & {2, 3, 4}],
    "rand": [enc(x) for x in {2, 3, 4, "k"} & dv.keys()],
    "or": [enc(x) for x in dv.keys() | [5, 1]],
    "sub": [enc(x) for x in dv.keys() - {1}],
    "xor": [enc(x) for x in dv.keys() ^ {3, 9}],
    "items_xor": [enc(x) for x in dv.items() ^ {1: 1, 2: 5, 7: 7}.items()],
    "items_and": [enc(x) for x in dv.items() & {(1, 1), (2, 3)}],
    "cmp": [dv.keys() == {1, 2, 3, "k"}, dv.keys() < {1, 2, 3, "k", 5}, dv.items() <= {(1, 1)}, dv.keys() != {1}],
    "disjoint": [dv.keys().isdisjoint([7, 8]), dv.keys().isdisjoint({3})],
}
fx["dict_errors"] = {
    "missing_int": err(lambda: {}[1]),
    "missing_str": err(lambda: {}["a"]),
    "missing_tuple": err(lambda: {}[(1, 2)]),
    "del_missing": err(lambda: {}.__delitem__(5)),
    "popitem_empty": err(lambda: {}.popitem()),
    "pop_missing": err(lambda: {}.pop("k")),
    "unhashable": err(lambda: {}[[]]),
    "hash_dict": err(lambda: hash({})),
    "update_2args": err(lambda: {}.update(1, 2)),
    "dict_2args": err(lambda: dict(1, 2)),
    "seq_elem_not_seq": err(lambda: dict([1])),
    "seq_elem_len": err(lambda: dict([(1, 2, 3)])),
    "get_noargs": err(lambda: {}.get()),
    "get_3args": err(lambda: {}.get(1, 2, 3)),
    "changed_size": err(lambda: [d2.__setitem__(9, 9) for d2 in [{1: 1}] for _ in d2]),
}

# ---------------------------------------------------------------- set
def set_adds(items):
    s = set()
    out = []
    for x in items:
        s.add(x)
        out.append(getsizeof(s))
    return out


fx["set_add_growth"] = set_adds(range(1300))
fx["set_str_add_growth"] = set_adds(["s%d" % i for i in range(100)])
fx["set_const_literal"] = {}
for n in [3, 4, 5, 8, 16, 20, 50, 100]:
    src = "{" + ", ".join(str(i) for i in range(n)) + "}"
    fx["set_const_literal"][str(n)] = getsizeof(eval(src))
fx["set_of_range"] = [getsizeof(set(range(n))) for n in range(0, 70)]
fx["set_of_set"] = [getsizeof(set(set(range(n)))) for n in range(0, 70)]
fx["frozenset_of_range"] = [getsizeof(frozenset(range(n))) for n in range(0, 70)]
s = set(range(100))
for i in range(95):
    s.discard(i)
fx["set_discard"] = getsizeof(s)
fx["set_update_sizes"] = []
for n in [1, 4, 5, 10, 19, 40, 77]:
    a = set(range(3))
    a.update(range(100, 100 + n))
    b = set(range(3))
    b.update(set(range(100, 100 + n)))
    c = set(range(3))
    c |= set(range(100, 100 + n))
    fx["set_update_sizes"].append([n, getsizeof(a), getsizeof(b), getsizeof(c)])

orders = []
contents = [
    list(range(10)),
    list(range(20, 0, -1)),
    [100, 7, 8, 9, 2**31, 2**40, -1, -2, 2**61, 2**62 + 5, -(2**63), 2**64 + 3, 1 << 100],
    [i * 8 for i in range(30)],
    [i * 1024 for i in range(40)],
    [i * 2**33 for i in range(25)],
    [-i * 977 for i in range(60)],
    ["a", "b", "c", "d", "e", "f"],
    ["s%d" % i for i in range(50)],
    ["", "x", "xy", "hello", "world", "\u00e9t\u00e9", "\u4e2d\u6587", "\U0001f600"],
    [1, "1", 2, "2", (1, 2), (3, "a"), -7, True, 3.0],
    [(i, i + 1) for i in range(12)],
    [i * 37 % 101 for i in range(101)],
]
for c in contents:
    s = set(c)
    s2 = set()
    for x in c:
        s2.add(x)
    fz = frozenset(c)
    lit_src = None
    orders.append({
        "items": [encf(x) for x in c],
        "set": [encf(x) for x in s],
        "adds": [encf(x) for x in s2],
        "frozenset": [encf(x) for x in fz],
        "size": getsizeof(s),
    })
fx["set_orders"] = orders

# discard then re-add order, pop order
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.add(100)
s.add(3)
fx["set_discard_readd"] = list(s)
readd = []
for n, gone, new in [(20, [3, 6], [3]), (20, [1, 2, 5], [21, 1, 37]), (40, list(range(0, 40, 2)), [64, 2, 130, 4]), (8, [1, 2], [9])]:
    s = set(range(n))
    for g in gone:
        s.discard(g)
    for x in new:
        s.add(x)
    readd.append([n, gone, new, list(s), getsizeof(s)])
fx["set_readd_cases"] = readd
s = set(range(10, 30))
fx["set_pop_order"] = [s.pop() for _ in range(20)]
fx["set_ops"] = {
    "union": list({1, 2, 3} | {3, 4, 50}),
    "inter": list({1, 2, 3, 40} & {3, 40, 5}),
    "diff": list({1, 2, 3, 40} - {3}),
    "xor": list({1, 2, 3} ^ {3, 4}),
    "union_m": list(set(range(5)).union([7, 8], (9,))),
    "inter_m": list(set(range(10)).intersection(range(5), [1, 2, 3])),
    "diff_m": list(set(range(10)).difference([1], [2, 3])),
    "sym_m": list(set(range(10)).symmetric_difference(range(5, 15))),
    "le": [{1} <= {1, 2}, {1, 2} <= {1, 2}, {3} <= {1}],
    "lt": [{1} < {1, 2}, {1, 2} < {1, 2}],
    "eq": [{1, 2} == {2, 1}, {1} == frozenset({1}), {1} == {2}],
    "disjoint": [{1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2])],
    "subset": [{1}.issubset([1, 2]), {1, 5}.issubset(range(3)), {1, 2}.issuperset([1])],
}
fx["set_repr"] = [repr(set()), repr({1, 2}), repr(frozenset()), repr(frozenset({1})), repr({"a"})]
fx["set_errors"] = {
    "remove": err(lambda: set().remove(5)),
    "remove_str": err(lambda: set().remove("x")),
    "pop_empty": err(lambda: set().pop()),
    "unhashable": err(lambda: {1}.add([])),
    "hash_set": err(lambda: hash({1})),
    "changed": err(lambda: [s3.add(5) for s3 in [{1, 2}] for _ in s3]),
    "or_list": err(lambda: {1} | [2]),
}
fx["frozenset_hash"] = [str(hash(x)) for x in [frozenset(), frozenset({1, 2, 3}), frozenset(["a", "b"])]]

# ---------------------------------------------------------------- list
def cap(l):
    return (getsizeof(l) - 56) // 8


l = []
fx["list_append_caps"] = []
for i in range(300):
    l.append(i)
    fx["list_append_caps"].append(cap(l))
l = []
fx["list_insert_caps"] = []
for i in range(100):
    l.insert(0, i)
    fx["list_insert_caps"].append(cap(l))
l = list(range(100))
fx["list_pop_caps"] = []
for i in range(100):
    l.pop()
    fx["list_pop_caps"].append(cap(l))
fx["list_constructors"] = {
    "list_range": [cap(list(range(n))) for n in range(20)],
    "list_tuple": [cap(list(tuple(range(n)))) for n in range(20)],
    "list_list": [cap(list(list(range(n)))) for n in range(20)],
    "list_gen": [cap(list(x for x in range(n))) for n in range(20)],
    "list_iter_tuple": [cap(list(iter(tuple(range(n))))) for n in range(20)],
    "list_dict": [cap(list(dict.fromkeys(range(n)))) for n in range(20)],
    "list_set": [cap(list(set(range(n)))) for n in range(20)],
    "list_str": [cap(list("a" * n)) for n in range(20)],
    "repeat": [cap([0] * n) for n in range(20)],
    "repeat2": [cap([0, 1] * n) for n in range(20)],
    "concat": [cap(list(range(n)) + [1, 2, 3]) for n in range(20)],
    "slice": [cap(list(range(30))[:n]) for n in range(20)],
    "slice_step": [cap(list(range(40))[:n * 2:2]) for n in range(20)],
    "copy": [cap(list(range(n)).copy()) for n in range(20)],
    "sorted": [cap(sorted(range(n))) for n in range(20)],
    "comprehension": [cap([x for x in range(n)]) for n in range(20)],
}


def seq_ops(n):
    out = {}
    l = list(range(n))
    l += [1, 2, 3]
    out["iadd"] = cap(l)
    l = list(range(n))
    l.extend(range(5))
    out["extend_range"] = cap(l)
    l = list(range(n))
    l.extend(x for x in range(5))
    out["extend_gen"] = cap(l)
    l = list(range(n))
    l *= 3
    out["imul3"] = cap(l)
    l = list(range(n))
    l[1:3] = []
    out["del_slice"] = cap(l)
    l = list(range(n))
    del l[::2]
    out["del_ext"] = cap(l)
    l = list(range(n))
    l[:] = range(3)
    out["assign_all"] = cap(l)
    l = list(range(n))
    l.clear()
    out["clear"] = cap(l)
    l = list(range(n))
    l[2:2] = range(10)
    out["insert_slice"] = cap(l)
    return out


fx["list_seq_ops"] = {str(n): seq_ops(n) for n in [0, 1, 4, 5, 8, 9, 16, 17, 30, 64, 100]}

L = list(range(10))
fx["list_slices"] = []
for start in [None, -12, -3, 0, 2, 9, 15]:
    for stop in [None, -12, -1, 0, 3, 10, 20]:
        for step in [None, -3, -1, 1, 2, 4]:
            fx["list_slices"].append([start, stop, step, L[start:stop:step], slice(start, stop, step).indices(10)])
fx["list_assign"] = []
for (start, stop, step, val) in [(1, 3, None, [7]), (None, None, -1, list("abcdefghij")), (0, 10, 2, [1, 2, 3, 4, 5]),
                                  (8, 2, -2, ["x", "y", "z"]), (5, 2, None, [9, 9]), (None, None, 3, [0, 0, 0, 0])]:
    l = list(range(10))
    l[start:stop:step] = val
    fx["list_assign"].append([start, stop, step, [enc(x) for x in val], [enc(x) for x in l]])
fx["list_del"] = []
for (start, stop, step) in [(1, 3, None), (None, None, 2), (None, None, -3), (8, 1, -2), (20, 30, None)]:
    l = list(range(10))
    del l[start:stop:step]
    fx["list_del"].append([start, stop, step, l, cap(l)])
fx["list_errors"] = {
    "index": err(lambda: [][0]),
    "assign": err(lambda: [].__setitem__(0, 1)),
    "del": err(lambda: [].__delitem__(3)),
    "str_index": err(lambda: [1]["a"]),
    "ext_size": err(lambda: list(range(4)).__setitem__(slice(None, None, 2), [1, 2, 3])),
    "pop_empty": err(lambda: [].pop()),
    "pop_range": err(lambda: [1].pop(5)),
    "remove": err(lambda: [1, 2].remove(3)),
    "index_missing": err(lambda: [1, 2].index(3)),
    "concat": err(lambda: [1] + (2,)),
    "sort_mixed": err(lambda: sorted([1, "a"])),
    "sort_mixed2": err(lambda: sorted(["a", 1, 2])),
    "assign_noniter": err(lambda: [1].__setitem__(slice(0, 1), 5)),
    "ext_noniter": err(lambda: [1].__setitem__(slice(None, None, 2), 5)),
}
fx["list_repr"] = [repr([]), repr([1, "a", (2,), [3]]), repr([None, True])]
ll = [1]
ll.append(ll)
fx["list_repr_recursive"] = repr(ll)
import random

rnd = random.Random(5)
sorts = []
for n in [0, 1, 2, 5, 10, 63, 64, 65, 200]:
    data = [rnd.randrange(50) for _ in range(n)]
    sorts.append([data, sorted(data), sorted(data, reverse=True)])
fx["list_sorts"] = sorts


class K:
    log = []

    def __init__(self, v, i):
        self.v, self.i = v, i

    def __lt__(self, other):
        K.log.append(self.i)
        K.log.append(other.i)
        return self.v < other.v


trace = []
for n, kind in [(10, "rand"), (70, "rand"), (200, "dups"), (500, "runs"), (1000, "rand"), (300, "desc")]:
    if kind == "rand":
        data = [rnd.randrange(10 * n) for _ in range(n)]
    elif kind == "dups":
        data = [rnd.randrange(5) for _ in range(n)]
    elif kind == "runs":
        data = []
        while len(data) < n:
            run = sorted(rnd.randrange(1000) for _ in range(rnd.randrange(1, 80)))
            data.extend(run if rnd.random() < 0.7 else run[::-1])
        data = data[:n]
    else:
        data = list(range(n, 0, -1))
    ks = [K(v, i) for i, v in enumerate(data)]
    K.log = []
    ks.sort()
    trace.append({"data": data, "order": [k.i for k in ks], "log": K.log})
fx["list_sort_traces"] = trace
l = [3, 1, "x", 2]
err(lambda: l.sort(reverse=True))
fx["list_sort_fail_reverse"] = [enc(x) for x in l]
l = [3, 1, "x", 2]
err(lambda: l.sort())
fx["list_sort_fail"] = [enc(x) for x in l]
fx["list_methods"] = {
    "index": [1, 2, 3, 2].index(2),
    "index_start": [1, 2, 3, 2].index(2, 2),
    "count": [1, 2, 3, 2].count(2),
    "reverse": (lambda l: (l.reverse(), l)[1])([1, 2, 3]),
    "insert_neg": (lambda l: (l.insert(-1, 9), l)[1])([1, 2, 3]),
    "insert_big": (lambda l: (l.insert(100, 9), l)[1])([1, 2, 3]),
    "pop_neg": (lambda l: [l.pop(-2), l])([1, 2, 3]),
    "cmp": [[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] <= []],
}

# ---------------------------------------------------------------- tuple
fx["tuple"] = {
    "repr": [repr(()), repr((1,)), repr((1, "a")), repr(((),))],
    "hash": [str(hash(x)) for x in [(), (1,), (1, 2), (1, "a"), ((1, 2), 3)]],
    "slices": [[s0, s1, s2, tuple(range(10))[s0:s1:s2]] for s0, s1, s2 in [(None, None, -1), (2, 8, 3), (1, 2, None)]],
    "errors": {
        "index": err(lambda: ()[0]),
        "str_index": err(lambda: (1,)["a"]),
        "concat": err(lambda: (1,) + [2]),
        "index_missing": err(lambda: (1, 2).index(3)),
        "hash_unhashable": err(lambda: hash((1, []))),
    },
    "cmp": [(1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 9)],
    "sizes": [getsizeof(tuple(range(n))) for n in range(10)],
}

# ---------------------------------------------------------------- range / slice / iterators
ranges = []
for args in [(10,), (0,), (1, 10), (10, 1), (1, 10, 3), (10, 1, -3), (-5, 5, 2), (0, 2**70, 2**60), (5, -5, -1)]:
    r = range(*args)
    ranges.append({
        "args": list(args),
        "len": len(r) if len(r) < 2**62 else str(len(r)),
        "repr": repr(r),
        "items": list(r) if len(r) < 50 else None,
        "rev": list(reversed(r)) if len(r) < 50 else None,
        "slice": repr(r[1:-1:2]),
        "hash": str(hash(r)),
        "contains": [x in r for x in [0, 1, 4, 5, 9, -5, 2**60]],
    })
fx["ranges"] = ranges
fx["range_errors"] = {
    "index": err(lambda: range(3)[5]),
    "step0": err(lambda: range(1, 2, 0)),
    "float": err(lambda: range(1.5)),
    "noargs": err(lambda: range()),
    "index_missing": err(lambda: range(3).index(7)),
}
fx["range_eq"] = [range(0) == range(2, 2), range(1, 5, 2) == range(1, 4, 2), range(3) == range(4)]
fx["slice"] = {
    "repr": [repr(slice(1, 2)), repr(slice(None, 3, None)), repr(slice("a", (1,), 2))],
    "indices": [[a, b, c, n, slice(a, b, c).indices(n)] for a, b, c in [(None, None, None), (-3, None, -1), (2, 100, 3), (None, None, -2)] for n in [0, 5, 10]],
    "step0": err(lambda: slice(1, 2, 0).indices(5)),
    "eq": [slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3)],
}
fx["iter_sizes"] = {
    "list_iterator": getsizeof(iter([])),
    "list_reverseiterator": getsizeof(reversed([])),
    "tuple_iterator": getsizeof(iter(())),
    "range_iterator": getsizeof(iter(range(3))),
    "longrange_iterator": getsizeof(iter(range(2**64))),
    "set_iterator": getsizeof(iter(set())),
    "dict_keyiterator": getsizeof(iter({})),
    "dict_keys": getsizeof({}.keys()),
    "enumerate": getsizeof(enumerate([])),
    "zip": getsizeof(zip()),
    "zip2": getsizeof(zip([], [])),
    "map": getsizeof(map(abs, [])),
    "filter": getsizeof(filter(None, [])),
    "reversed_seq": 0,
    "callable_iterator": getsizeof(iter(int, 1)),
    "iterator": 0,
    "range": getsizeof(range(3)),
    "slice": getsizeof(slice(1, 2, 3)),
}


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


fx["iter_sizes"]["iterator"] = getsizeof(iter(Seq()))
fx["iter_sizes"]["reversed_seq"] = getsizeof(reversed(Rev()))
fx["iter_results"] = {
    "enumerate": list(enumerate("ab", 5)),
    "zip_strict": err(lambda: list(zip([1, 2], [1], strict=True))),
    "zip_strict2": err(lambda: list(zip([1], [1, 2], strict=True))),
    "zip_strict3": err(lambda: list(zip([1], [1, 2], [3], strict=True))),
}

with open(OUT, "w") as f:
    json.dump(fx, f, indent=0, sort_keys=True)
    f.write("\n")
print("wrote", OUT)
