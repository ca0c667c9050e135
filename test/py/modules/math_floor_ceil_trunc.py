# floor, ceil and trunc: ints back, big ints exactly, __floor__/__ceil__/__trunc__ honoured.
import math

for x in [2.5, -2.5, 0.0, -0.0, 1e16 + 0.5, -1e20, 2.0**70, 0.9999999999999999, 7, -7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.7)), type(math.ceil(True)))
big = 10**40 + 7
print(math.floor(big) == big, math.ceil(-big), math.trunc(big))
print(math.floor(1.7976931348623157e308) == int(1.7976931348623157e308))

class Num:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'truncated'
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))

class OnlyFloat:
    def __float__(self): return 3.75
class OnlyIndex:
    def __index__(self): return 42
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.floor(OnlyIndex()))

for name, f in [('floor', math.floor), ('ceil', math.ceil)]:
    for bad in [math.inf, -math.inf, math.nan, 'x', None]:
        try:
            f(bad)
        except (OverflowError, ValueError, TypeError) as e:
            print(name, type(e).__name__, e)
for bad in [OnlyFloat(), 'x', math.inf]:
    try:
        print(math.trunc(bad))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
