# accumulate(): running totals, func=, initial=, laziness and errors
import itertools

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate("abc")))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate([], lambda a, b: a)), list(itertools.accumulate([5])))
print(list(itertools.accumulate([[1], [2], [3]])))
print(list(itertools.accumulate(iterable=[1, 2], func=None, initial=None)))

def trace(a, b):
    print("  combine", a, b)
    return a - b

acc = itertools.accumulate([10, 1, 2], trace, initial=0)
print(next(acc))
print(next(acc))
print(list(acc))

acc = itertools.accumulate([1, "x", 3])
print(next(acc))
try:
    next(acc)
except TypeError as e:
    print("TypeError:", e)
print(next(acc, "next"))
for call in [lambda: itertools.accumulate(), lambda: itertools.accumulate([], None, None),
             lambda: itertools.accumulate([], fn=max), lambda: itertools.accumulate(3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
