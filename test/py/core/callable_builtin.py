def f(): pass
class C: pass
print(callable(f), callable(len), callable(lambda: 1), callable(C), callable(C()), callable(int))
print(callable(1), callable("s"), callable(None), callable([].append), callable(print), callable(type))
m = "abc".upper
print(callable(m), m(), type(m).__name__, type([].append).__name__, type(len).__name__)
s = "not callable"
n = None
try:
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    n()
except TypeError as e:
    print("TypeError:", e)
