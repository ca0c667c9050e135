# Frame objects: made on request (sys._getframe, f_back, tracebacks, gi_frame), sized
# from the code's locals and stack, untracked while running, taking over the locals
# when the frame finishes while still referenced (then tracked, with f_back linked).
import sys, gc

def f(a, b):
    x = [a, b]
    return sys._getframe()

fr = f(1, 2)
print(type(fr).__name__, sys.getsizeof(fr), gc.is_tracked(fr))
print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_locals["x"])
print([type(r).__name__ for r in gc.get_referents(fr)])
print(fr.f_back is sys._getframe(), fr.f_back.f_code.co_name, fr.f_globals is globals())
print(repr(fr).split(",")[1:])

def running():
    me = sys._getframe()
    print("running:", gc.is_tracked(me), gc.get_referents(me), sys.getrefcount(me))
    print("caller:", sys._getframe(1).f_code.co_name, me.f_back is sys._getframe(1))
    return 0

running()
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def g():
    return sys._getframe()

def h(*args, **kw):
    a = b = c = 1
    return sys._getframe()

print(sys.getsizeof(g()), sys.getsizeof(h()), sys.getsizeof(sys._getframe()))

# creating a frame object is one GC allocation
gc.disable()
def counted():
    c0 = gc.get_count()[0]
    sys._getframe()
    return gc.get_count()[0] - c0
print("allocations:", counted())
gc.enable()

# clear() drops the locals of a finished frame
fr.clear()
print(fr.f_locals, [type(r).__name__ for r in gc.get_referents(fr)])

# a frame that holds itself through a local is a cycle
def selfish():
    me = sys._getframe()
    return 7
gc.collect()
selfish()
print("collected:", gc.collect())

# generators: gi_frame while alive, None once finished
def gen():
    yield 1
    yield 2
it = gen()
print(type(it.gi_frame).__name__, it.gi_frame.f_lineno, it.gi_frame.f_back)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
list(it)
print(it.gi_frame)
