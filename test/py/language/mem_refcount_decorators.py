import sys
import functools

def plain(func):
    def wrapper(*a):
        return func(*a)
    return wrapper

def wrapped(func):
    @functools.wraps(func)
    def wrapper(*a):
        return func(*a)
    return wrapper

def target():
    return 1

base = sys.getrefcount(target)
w1 = plain(target)
print("plain wrapper", sys.getrefcount(target) - base)
w2 = wrapped(target)
print("wraps adds __wrapped__", sys.getrefcount(target) - base)
del w1
print("after del plain", sys.getrefcount(target) - base)
del w2
print("after del wraps", sys.getrefcount(target) - base)
