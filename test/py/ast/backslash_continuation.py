total = 1 + \
        2 + \
        3
if a and \
   b:
    pass
x = \
    5
assert x, \
    "message"
with a as b, \
     c as d:
    pass
