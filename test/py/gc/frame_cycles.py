# Cycles through frame objects: an exception kept in a local (exception → traceback →
# frame → locals → exception), a frame kept in its own locals, and what __del__ and
# weakref callbacks see when the collector breaks them.
import gc, sys, weakref

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def keep_error():
    token = Noisy("token in a frame kept by its traceback")
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return err.args

gc.collect()
print(keep_error())
print("before collect")
print("collected:", gc.collect())

def drop_error():
    token = Noisy("token in a frame whose traceback died")
    try:
        raise KeyError("k")
    except KeyError:
        pass
    return "no cycle"

print(drop_error())
print("collected:", gc.collect())

def nested():
    def inner():
        local = Noisy("inner local")
        raise ValueError("deep")
    try:
        inner()
    except ValueError as e:
        saved = e
    frame = saved.__traceback__.tb_next.tb_frame
    r = weakref.ref(frame.f_locals["local"], lambda ref: print("callback for the inner local"))
    try:
        weakref.ref(frame)
    except TypeError as e:
        print(e)
    return r

r = nested()
print("weakref alive:", r() is not None)
print("collected:", gc.collect())
print("weakref alive:", r() is not None)

def frames_up():
    return [sys._getframe(i).f_code.co_name for i in range(2)]

print(frames_up())
