for x in a, b, c:
    pass
for x in *a, *b:
    pass
for x in y if z else w:
    pass
for x in lambda: 0,:
    pass
for i in range(len(seq) - 1):
    pass
