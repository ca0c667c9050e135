import sys
IMM = 4294967295
vals = [None, True, False, 0, 1, 256, -5, (), "", "a", "\xe9", b"", b"a", int, str, type, object, ..., NotImplemented, "__name__", "append"]
print([sys.getrefcount(v) == IMM for v in vals])
print(sys.getrefcount(None), sys.getrefcount(0), sys.getrefcount(()))
print(sys.getrefcount(257) == IMM, sys.getrefcount(-6) == IMM, sys.getrefcount(1.0) == IMM)
print(sys.getrefcount(chr(200)) == IMM, sys.getrefcount(chr(300)) == IMM, sys.getrefcount(bytes([7])) == IMM)
print(sys.getrefcount(frozenset()) == IMM, sys.getrefcount(range(0)) == IMM, sys.getrefcount(len) == IMM)
n = 100
x = n + 100
print(sys.getrefcount(x), sys.getrefcount(n + 200) == IMM)
