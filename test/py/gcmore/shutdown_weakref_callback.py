import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def report(ref):
    print("callback, referent gone:", ref() is None)


obj = D("obj")
ref = weakref.ref(obj, report)
other = D("other")
ref2 = weakref.ref(other, lambda r: print("lambda callback"))
print("end of main")
