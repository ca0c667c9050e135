with (a, b) as c:
    pass
with (yield):
    pass
with a if b else c as d:
    pass
with (x := y):
    pass
