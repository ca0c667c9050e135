# Seed 003 (903cbe14ab4c2ea5): "Slots Example". The article lost the indentation; it is
# restored here, the code is otherwise as written.
class MemoryEfficientClass:
    __slots__ = ['name', 'age']
    def __init__(self, name, age):
        self.name = name
        self.age = age
# --- added (not in the article): use the class so the program has output ---
import sys
p = MemoryEfficientClass("Ann", 30)
print(p.name, p.age, hasattr(p, "__dict__"), sys.getsizeof(p), sys.getrefcount(p))
try:
    p.email = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(MemoryEfficientClass.__slots__, type(MemoryEfficientClass.name).__name__)
class Plain:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(sys.getsizeof(Plain("Ann", 30)))
