import gc

x = 7
print("()", gc.is_tracked(()))
print("const (1, 2)", gc.is_tracked((1, 2)))
t = (x, x)
print("runtime (x, x)", gc.is_tracked(t))
u = (x, [])
nested = ((x,),)
gc.collect()
print("(x, x) after collect", gc.is_tracked(t))
print("(x, []) after collect", gc.is_tracked(u))
print("inner of ((x,),)", gc.is_tracked(nested[0]))
gc.collect()
print("outer of ((x,),) after 2nd collect", gc.is_tracked(nested))
s = (x, "s")
gc.collect(0)
print("(x, 's') after collect(0)", gc.is_tracked(s))
