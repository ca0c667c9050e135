def connect(host, *, port=80, timeout):
    return f"{host}:{port} t={timeout}"

print(connect("a", timeout=5))
print(connect("b", port=8080, timeout=1))
print(connect(timeout=2, host="c"))

def varargs_then_kw(*items, sep=",", end="."):
    return sep.join(map(str, items)) + end
print(varargs_then_kw(1, 2, 3), varargs_then_kw(1, sep="|", end="!"))

def kw_with_kwargs(a, *, b, **rest):
    return a, b, sorted(rest)
print(kw_with_kwargs(1, b=2, c=3, d=4))
print(connect.__kwdefaults__, connect.__defaults__, connect.__code__.co_kwonlyargcount)

for call in [lambda: connect("x"), lambda: connect("x", 1, 2), lambda: connect("x", timeout=1, colour=2),
             lambda: kw_with_kwargs(1, 2), lambda: connect(), lambda: varargs_then_kw(sep="-", bad=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def many_required(*, a, b, c):
    pass
try:
    many_required(b=1)
except TypeError as e:
    print("TypeError:", e)
