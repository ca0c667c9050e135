import atexit


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def at_exit():
    # module globals are still intact when atexit functions run
    print("atexit: obj is", obj.name, "and counter is", counter)


obj = D("obj")
counter = 3
atexit.register(at_exit)
atexit.register(lambda: print("atexit: lambda registered last runs first"))
print("end of main")
