class Tracer:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

a = Tracer("a")
b = a
print("deleting a")
del a
print("deleting b")
del b
print("after b")
c = Tracer("c1")
c = Tracer("c2")
print("rebound c")
def make():
    t = Tracer("local")
    print("leaving make")
make()
print("after make")
Tracer("temporary")
print("after temporary")
x = Tracer("x")
x = None
print("end of program")
last = Tracer("at exit")
