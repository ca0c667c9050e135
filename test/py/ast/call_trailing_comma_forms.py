f(a,)
f(*a,)
f(**a,)
f(a=1,)
f(
    a,
    b=2,
    *c,
    **d,
)
f((x for x in y),)
