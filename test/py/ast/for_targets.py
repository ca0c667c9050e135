for a, b in pairs:
    pass
for (a, b) in pairs:
    pass
for [a, b] in pairs:
    pass
for a, *rest in rows:
    pass
for obj.attr in items:
    pass
for lst[0] in items:
    pass
for x, in singles:
    pass
