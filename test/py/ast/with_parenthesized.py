with (open("a") as a, open("b") as b):
    pass
with (
    open("a") as a,
    open("b") as b,
):
    pass
with (a, b):
    pass
with (a):
    pass
with (a as b):
    pass
