import atexit


def hello(who):
    print("hello", who)


def unused():
    print("never")


atexit.register(hello, "one")
atexit.register(unused)
atexit.register(hello, "two")
atexit.register(print, "kept")
atexit.unregister(hello)
atexit.unregister(unused)
atexit.unregister(unused)
atexit.register(hello, "three")
print("end of main")
