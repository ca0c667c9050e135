import sys
print(sys.getrefcount([]), sys.getrefcount(object()), sys.getrefcount({}), sys.getrefcount([1, 2]))
print(sys.getrefcount(1.5 * 2), sys.getrefcount("a" + str(5)), sys.getrefcount(2 ** 100 + 1))
def make():
    return object()
print(sys.getrefcount(make()))
