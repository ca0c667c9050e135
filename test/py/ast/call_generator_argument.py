f(x for x in y)
f(x for x in y if x)
sum((x for x in y), start)
f((a for a in b), c=d)
