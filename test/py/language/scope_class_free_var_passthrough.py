x = "global x"

def func():
    x = "func x"
    class B:
        print("B sees", x)
        x = "B x"
        print("B now", x)
        def m(self):
            return x
    return B().m()
print(func())

def func2():
    y = "enclosing y"
    class C:
        y = "class y"
        def get(self):
            return y
        got = y
    return C().get(), C.got
print(func2())

def class_in_between():
    secret = 1
    class Holder:
        secret = 2
        def method(self):
            nonlocal secret
            secret += 10
            return secret
        seen = secret
    h = Holder()
    return h.method(), secret, Holder.secret, Holder.seen
print(class_in_between())

def plain():
    y = "enclosing"
    class C:
        y = "class attr"
        def get(self):
            return y
    return C.y, C().get(), C.__dict__["y"]
print(plain())
