with ctx() as (a, b):
    pass
with ctx() as [a, *b]:
    pass
with ctx() as self.attr:
    pass
with ctx() as d["k"]:
    pass
with ctx() as (a, (b, c)), other() as d:
    pass
