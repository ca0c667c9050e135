import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 12))
print(sys.getrecursionlimit())
print(sys.argv[0].endswith("sys_module_basics.py"), len(sys.argv))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(type(sys.stdout).__name__ != "", sys.int_info.bits_per_digit, sys.float_info.max)
print(sys.intern("abc") == "abc", type(sys.getsizeof(1)).__name__, sys.hash_info.width, sys.hash_info.modulus)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
