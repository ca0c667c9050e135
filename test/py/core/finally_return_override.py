def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f(), g(), h(), loop())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
