# The type method cache keeps a reference to each str name _PyType_Lookup saw (at most
# 100 characters), until another lookup takes its entry; interned names are immortal.
import sys

class C:
    pass

o = C()
name = "".join(["dyn", "amic"])
print(sys.getrefcount(name))
hasattr(o, name)
print(sys.getrefcount(name))
hasattr(o, name)
print(sys.getrefcount(name))
long_name = "x" * 101
hasattr(o, long_name)
print(sys.getrefcount(long_name))
edge = "y" * 100
hasattr(o, edge)
print(sys.getrefcount(edge))
class S(str):
    pass
sub = S("sub")
hasattr(o, sub)
print(sys.getrefcount(sub))
other = "".join(["oth", "er"])
getattr(C, other, None)
print(sys.getrefcount(other))
C.attr = 1   # modifies C: a new version tag, the old entry still holds `name`
hasattr(o, name)
print(sys.getrefcount(name))
