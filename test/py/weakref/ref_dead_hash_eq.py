import weakref


class C:
    pass


c = C()
hashed = weakref.ref(c)
saved = hash(hashed)
never = weakref.ref(c, lambda ref: None)
other = weakref.ref(c, lambda ref: None)
del c
print(hash(hashed) == saved)
try:
    hash(never)
except TypeError as e:
    print("TypeError:", e)
print(never == never, never == other, never != other)
print(hashed == never)
d = C()
live = weakref.ref(d)
print(never == live, never != live)
