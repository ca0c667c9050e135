def inner():
    try:
        yield "a"
        yield "b"
    except ZeroDivisionError:
        print("inner caught")
        yield "c"
    return "inner done"

def outer():
    r = yield from inner()
    print("result", r)
    yield "d"

g = outer()
print(next(g))
print(g.throw(ZeroDivisionError))
print(list(g))

def inner2():
    yield 1
    yield 2

def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer caught", repr(e))
        yield 99

g = outer2()
print(next(g))
print(g.throw(KeyError("x")))
g.close()

def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally")

def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")

c = closing_outer()
next(c)
c.close()
