try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _broken
except ValueError as e:
    print("ValueError", e)
import sys
print("_broken" in sys.modules)
from _helper import *
print(VALUE, greet("star"))
