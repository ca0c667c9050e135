import sys

USE_MATH = sys.version_info >= (3, 0)
if USE_MATH:
    import math as m
    backend = "math"
else:
    m = None
    backend = "none"
print(backend, m.floor(2.7))

if "collections" in sys.modules or True:
    from collections import OrderedDict, Counter as C
print(C("abca").most_common(1), OrderedDict(a=1))

def lazy():
    import itertools
    return list(itertools.accumulate([1, 2, 3]))
print(lazy(), "itertools" in dir())

def local_binding():
    import string as s
    return s.digits, "s" in locals()
print(local_binding())

for flag in (True, False):
    if flag:
        import math as chosen
    else:
        import string as chosen
    print(chosen.__name__, type(chosen).__name__)

if False:
    import this_module_does_not_exist_xyz
print("skipped import in dead branch")
try:
    this_module_does_not_exist_xyz
except NameError as e:
    print("NameError:", e)
