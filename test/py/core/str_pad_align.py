print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+7".zfill(4)), repr("abc".zfill(2)))
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("odd".center(6, "-")), repr("x".center(4)))
print(repr("hi".ljust(5)), repr("hi".rjust(5, ".")), repr("long".ljust(2)))
print("|" + "name".ljust(10) + "|" + "value".rjust(8) + "|")
for w in range(1, 7):
    print(repr("ab".center(w, "=")))
