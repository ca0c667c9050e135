// The copy module, written in Python for pyarena after the behaviour of CPython 3.12's
// Lib/copy.py: dispatch tables for the built-in types, __copy__/__deepcopy__, and for
// other objects the default reduce protocol (cls.__new__(cls), then the state from
// __getstate__ put back through __dict__ and slots, as copy._reconstruct does).
export const COPY_SOURCE = String.raw`
"""Generic (shallow and deep) copying operations."""

import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _default_reduce(x):
    """object.__reduce_ex__(4): (copyreg.__newobj__, (cls,), state, listitems, dictitems)."""
    cls = type(x)
    if isinstance(x, (set, frozenset)):
        # set_reduce: (type(x), (list(x),), the instance dict or None)
        return cls, (list(x),), getattr(x, "__dict__", None) or None
    state = x.__getstate__()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,), state, listitems, dictitems


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _overrides(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in vars(klass):
            return getattr(cls, name)
    return None


def _reduce(x):
    cls = type(x)
    reductor = _overrides(cls, "__reduce_ex__")
    if reductor is not None:
        return reductor(x, 4)
    reductor = _overrides(cls, "__reduce__")
    if reductor is not None:
        return reductor(x)
    return _default_reduce(x)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice, property,
          type(len), type(_copy_immutable), type(Ellipsis), type(NotImplemented), weakref.ref,
          type(_copy_immutable.__code__)):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), int, float, bool, complex, bytes, str, type(_deepcopy_atomic.__code__), type, range,
          type(Ellipsis), type(NotImplemented), type(len), weakref.ref, property, type(_deepcopy_atomic)):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _MethodHolder:
    def method(self):
        pass


d[type(_MethodHolder().method)] = _deepcopy_method
del d, t, _MethodHolder


def _keep_alive(x, memo):
    """Keep x alive as long as the memo: its id must not be reused while it is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
`;
