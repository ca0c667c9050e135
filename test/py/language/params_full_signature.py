def full(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"

print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, z=9))
print(full(1, c=7, d=4, e=6, b=8))
print(full(*range(5), **{"d": "D", "y": "Y"}))
code = full.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount + 2])
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
print(full.__defaults__, full.__kwdefaults__)
full.__defaults__ = (200, 300)
full.__kwdefaults__ = {"d": "new d", "e": "new e"}
print(full(1))

def annotated(x: int, *ys: str, flag: bool = False, **kw: float) -> None:
    pass
print(annotated.__annotations__)
