def check(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e.args)
def r1():
    raise ValueError
def r2():
    raise ValueError("msg")
def r3():
    raise KeyError(1, 2)
def r4():
    raise ZeroDivisionError() from None
def r5():
    raise 42
def r6():
    raise SystemExit(5)
def r7():
    raise Exception("a", "b") from ValueError
for f in (r1, r2, r3, r4, r5, r6, r7):
    check(f)
