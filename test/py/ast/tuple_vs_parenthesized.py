x = (1)
y = (1,)
z = ()
w = ((),)
v = (((1, 2)),)
f((a, b))
f((a))
return_value = (a, b), c
