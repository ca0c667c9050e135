class C: pass
o = C()
setattr(o, "x", 1)
o.y = 2
print(getattr(o, "x"), o.y, getattr(o, "z", "default"), hasattr(o, "x"), hasattr(o, "z"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o), o.__dict__)
def f(): pass
f.tag = "attr on function"
print(getattr(f, "tag"), hasattr(f, "__name__"), getattr(f, "__name__"))
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1), hasattr(1, "real"), hasattr(1, "nope"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "never")
except AttributeError as e:
    print("AttributeError:", e)
