def f():
    log = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                if i == 2:
                    continue
                log.append("body%d" % i)
            finally:
                log.append("inner%d" % i)
        except ValueError as e:
            log.append("caught%s" % e)
        finally:
            log.append("outer%d" % i)
    return log
print(f())
def g():
    while True:
        try:
            return "from try"
        finally:
            print("finally before return")
print(g())
def h():
    for i in range(3):
        try:
            break
        finally:
            print("finally on break", i)
    return "done"
print(h())
