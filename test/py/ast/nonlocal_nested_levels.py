def a():
    x = 0
    def b():
        nonlocal x
        def c():
            nonlocal x
            x += 1
        return c
    class C:
        def m(self):
            nonlocal x
            return x
    return b, C
