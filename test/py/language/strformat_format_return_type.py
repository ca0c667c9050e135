class BadFormat:
    def __format__(self, spec):
        return 42
for fn in (format, lambda o: f"{o}", lambda o: "{}".format(o)):
    try:
        print(repr(fn(BadFormat())))
    except TypeError as e:
        print("TypeError:", e)

class StrSub(str):
    pass

class ReturnsSub:
    def __format__(self, spec):
        return StrSub("sub:" + spec)
r = format(ReturnsSub(), "x")
print(r, type(r).__name__, type(f"{ReturnsSub():y}").__name__)

class IntLike(int):
    def __format__(self, spec):
        return "IntLike:" + super().__format__(spec)
print("{:05d}".format(IntLike(7)), f"{IntLike(255):x}")
