# The sequence slots (sq_concat, sq_repeat, sq_inplace_concat/repeat) show as slot
# wrappers: str.__add__, list.__mul__, tuple.__rmul__, list.__iadd__; bytearray *= n
# repeats in place.
print('ab'.__mul__(2), 'ab'.__rmul__(3), [1].__add__([2]), (1,).__mul__(-1), b'x'.__add__(b'y'))
for e in [lambda: 'a'.__mul__('b'), lambda: 'a'.__mul__(2**70), lambda: 'a'.__add__(1), lambda: [1].__add__((2,)), lambda: 'a'.__mul__(), lambda: 'a'.__mul__(1.5)]:
    try: e()
    except Exception as x: print(type(x).__name__, x)
l=[1]; m=l; print(l.__iadd__((2,)), m, l.__imul__(2), m is l)
class L(list):
    def __mul__(self, n): return 'mul'
print(3 * L([1]), L([1]) * 3, L([1]) + [2])
class S(str):
    def __add__(self, o): return 'add'
print(S('a') + 'b', 'b' + S('a'), S('a') * 2, 2 * S('a'))
b = bytearray(b'a'); c = b; b += b'x'; print(c, b is c); b *= 2; print(c)
print(str.__add__, list.__mul__, tuple.__rmul__, list.__iadd__)
