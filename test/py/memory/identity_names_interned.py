import sys
def f(some_argument_name):
    return some_argument_name
name = "some_argument_name"
print(name is f.__code__.co_varnames[0])
key = "".join(["some_", "argument_name"])
print(key is name, sys.intern(key) is name)
attr = "".join(["dyn", "amic"])
class O: pass
o = O()
setattr(o, attr, 1)
print(list(vars(o))[0] is attr, sys.intern("".join(["dy", "namic"])) is attr)
g = "".join(["glob", "al_x"])
globals()[g] = 5
print(global_x, g == "global_x", sys.intern(g) is g)
