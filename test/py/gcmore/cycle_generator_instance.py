import gc


class Owner:
    def __init__(self):
        self.gen = self.run()

    def run(self):
        try:
            yield 1
            yield 2
        finally:
            print("generator finally")

    def __del__(self):
        print("Owner.__del__")


gc.collect()
o = Owner()
print(next(o.gen))
del o
print("suspended:", gc.collect())

o = Owner()
del o
print("never started:", gc.collect())

o = Owner()
print(list(o.gen))
del o
print("exhausted:", gc.collect())
