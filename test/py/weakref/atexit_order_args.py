import atexit


def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))


@atexit.register
def decorated():
    print("decorated (registered first, runs last)")


print(atexit.register(report, 1, 2, key="v") is report)
atexit.register(print, "print registered third")
atexit.register(report)
print("end of main")
