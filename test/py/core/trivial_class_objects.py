class C: pass
a = C()
b = C()
print(a is b, a == b, a != b, type(a) is C, isinstance(a, C))
a.name = "first"
b.name = "second"
a.count = 1
a.count += 1
print(a.name, b.name, a.count, hasattr(b, "count"))
C.shared = "class attribute"
print(a.shared, b.shared, "shared" in vars(a), sorted(vars(a)))
b.shared = "instance attribute"
print(a.shared, b.shared)
del b.shared
print(b.shared)
print(C.__name__, type(C).__name__, C.__module__, bool(a))
