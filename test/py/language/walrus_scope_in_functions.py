count = 0
def bump_global():
    global count
    [count := count + 1 for _ in range(3)]
    return count
print(bump_global(), count)

def outer():
    state = 0
    def inner():
        nonlocal state
        return [state := state + v for v in (1, 2, 3)]
    r = inner()
    return r, state
print(outer())

def local_binding():
    if (result := sum(range(5))) > 5:
        pass
    return result, "result" in locals()
print(local_binding())

def in_genexp():
    g = (last := v for v in range(3))
    try:
        last
    except NameError as e:
        print("before iteration:", e)
    list(g)
    return last
try:
    print(in_genexp())
except (NameError, UnboundLocalError) as e:
    print(type(e).__name__, e)

def genexp_after():
    g = (last := v for v in range(3))
    list(g)
    return last
print(genexp_after())
