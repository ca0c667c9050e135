def level1():
    x = "L1"
    log = []
    def level2():
        def level3():
            nonlocal x
            x = x + ">L3"
            log.append(x)
        level3()
        nonlocal x
        x = x + ">L2"
        level3()
    level2()
    return x, log
print(level1())

def shadowing():
    v = "outer"
    def middle():
        v = "middle"
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return middle(), v
print(shadowing())

def del_nonlocal():
    z = 5
    def inner():
        nonlocal z
        del z
    inner()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())
