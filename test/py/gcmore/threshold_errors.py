import gc

orig = gc.get_threshold()
cases = [
    (1, 2, 3, 4),
    (1.5,),
    (None,),
    (2 ** 40,),
    (-1,),
    (True, False),
]
for args in cases:
    try:
        gc.set_threshold(*args)
        print(args, "->", gc.get_threshold())
    except (TypeError, OverflowError, ValueError) as e:
        print(args, "->", type(e).__name__ + ":", e)
    gc.set_threshold(*orig)
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print("keyword: TypeError:", e)
try:
    gc.get_threshold(1)
except TypeError as e:
    print("get_threshold(1): TypeError:", e)
print(gc.get_threshold() == orig, type(gc.get_threshold()).__name__)
