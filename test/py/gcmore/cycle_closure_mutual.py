import gc

gc.collect()


def make_pair():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even


ev = make_pair()
print(ev(10), ev(7))
del ev
print("mutually recursive closures:", gc.collect())


def make_shared():
    state = []

    def get():
        return state

    state.append(get)
    return get


g = make_shared()
print(len(g()))
del g
print("cell -> list -> function:", gc.collect())
