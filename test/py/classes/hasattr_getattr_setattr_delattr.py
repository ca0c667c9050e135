class Obj:
    cls_level = "c"
    def __init__(self):
        self.inst = "i"
o = Obj()
print(hasattr(o, "inst"), hasattr(o, "cls_level"), hasattr(o, "nope"))
print(getattr(o, "inst"), getattr(o, "cls_level"), getattr(o, "nope", None))
setattr(o, "dyn", 42)
setattr(o, "with space", 1)
print(getattr(o, "with space"), sorted(vars(o)))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    delattr(o, "dyn")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "cls_level")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Obj, "added", "to class")
print(o.added)
delattr(Obj, "added")
print(hasattr(o, "added"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
