# A bytes literal is held twice by the parser's arena (the concatenation step returns the
# literal itself), so at module level it reports one reference more than a str literal;
# folded results, adjacent literals joined by the parser and bytes made at run time do not.
import sys
x = b"qq"
print(sys.getrefcount(x))
s = "qq-str"
print(sys.getrefcount(s))
w = b"ab" + b"cd"
print(sys.getrefcount(w))
def f():
    return b"xyz"
print(sys.getrefcount(f()))
print(sys.getrefcount(f.__code__.co_consts[1]))
made = bytes([1, 2, 3])
print(sys.getrefcount(made))
print(sys.getrefcount(b""), sys.getrefcount(b"a") > 1000)
joined = b"qq" b"rr"
print(sys.getrefcount(joined))
