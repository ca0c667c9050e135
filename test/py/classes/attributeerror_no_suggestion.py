class Box:
    __slots__ = ("content",)

b = Box()
try:
    b.content
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
try:
    e.anything
except AttributeError as err:
    print("AttributeError:", err, err.name, err.obj is e)
try:
    del e.anything
except AttributeError as err:
    print("AttributeError:", err)
e.qwerty
