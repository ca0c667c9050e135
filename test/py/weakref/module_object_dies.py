import sys
import weakref

ModuleType = type(sys)
mod = ModuleType("scratch")
mod.value = 5
rm = weakref.ref(mod, lambda ref: print("module callback"))
print(rm().value, rm().__name__)
p = weakref.proxy(mod)
print(p.value)
del mod
print(rm())
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
