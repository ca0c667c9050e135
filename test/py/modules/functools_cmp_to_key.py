# cmp_to_key(): the KeyWrapper objects it makes, sorting, comparisons and errors
import functools, sys

def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_text)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(max([1, 5, 3], key=functools.cmp_to_key(lambda a, b: a - b)))

K = functools.cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(obj=2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, k2.obj, K.obj)
k1.obj = 10
print(k1 > k2, type(K).__name__, type(k1) is type(K), type(K).__module__)
print(sys.getsizeof(K), sys.getsizeof(k1))

item = object()
base = sys.getrefcount(item)
k = K(item)
print(sys.getrefcount(item) - base)
del k
print(sys.getrefcount(item) - base)

for call in [lambda: K(), lambda: K(1, 2), lambda: K(1) < 1, lambda: hash(K(1)), lambda: functools.cmp_to_key(),
             lambda: functools.cmp_to_key(None)(1) < functools.cmp_to_key(None)(2), lambda: type(K)(1), lambda: K < K]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
