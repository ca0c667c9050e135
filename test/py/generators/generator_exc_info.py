import sys

def gen():
    try:
        raise KeyError("inner")
    except KeyError:
        print("in gen:", repr(sys.exception()))
        yield 1
        print("resumed in gen:", repr(sys.exception()))
    yield 2

g = gen()
print(next(g))
print("outside:", repr(sys.exception()))
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print("outer handler:", repr(sys.exception()))
print("end:", repr(sys.exception()))
