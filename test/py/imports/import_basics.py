import _helper
import _helper as h
from _helper import greet, VALUE as V
print(_helper.VALUE, V, h is _helper, greet("a"), _helper.calls)
print(_helper.Thing(), _helper.Thing.__module__, _helper.__name__)
import sys
print(sys.modules["_helper"] is _helper, "_helper" in sys.modules, sys.modules["__main__"].__name__)
print(__name__, _helper.__file__.endswith("_helper.py"))
import _helper
print(sys.getrefcount(_helper) > 1)
