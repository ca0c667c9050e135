print(isinstance(1, (str, (float, (int,)))), isinstance("s", ((), (bytes,))), isinstance([], ()))
print(issubclass(bool, (str, int)), issubclass(int, (bool,)), issubclass(list, object))
class A: pass
class B: pass
a = A()
print(isinstance(a, (B, A)), isinstance(a, B), issubclass(A, (B, object)), type(a) in (A, B))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
