# Cycles that pass through modules, staticmethod/classmethod/property objects,
# SimpleNamespace and frozenset are found and broken; what their owners see.
import gc, sys, weakref


class Owner:
    def __del__(self):
        print("__del__", self.label)


gc.collect()

# a module whose dict refers back to the module
module = type(sys)("scratch")
module.me = module
module.owner = Owner(); module.owner.label = "module owner"
r_module = weakref.ref(module, lambda r: print("module weakref callback"))
del module
print("module cycle:", gc.collect())

# staticmethod / classmethod wrapping an object that refers back to the wrapper
o = Owner(); o.label = "staticmethod target"
o.wrapper = staticmethod(o)
del o
c = Owner(); c.label = "classmethod target"
c.wrapper = classmethod(c)
del c
print("method wrappers:", gc.collect())

# a property whose doc refers back to it
p = property(lambda self: 1)
holder = Owner(); holder.label = "property doc holder"; holder.prop = p
p.__doc__  # read only: property docs are set at creation
p2 = property(None, None, None, holder)
holder.prop2 = p2
del p, p2, holder
print("property:", gc.collect())

# SimpleNamespace and frozenset
ns = type(sys.implementation)(name="ns")
ns.self = ns
ns.owner = Owner(); ns.owner.label = "namespace owner"
del ns
x = Owner(); x.label = "frozenset member"
x.fs = frozenset([x])
del x
print("namespace and frozenset:", gc.collect())
print("garbage:", gc.garbage)
