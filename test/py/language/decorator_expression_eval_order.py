order = []

def note(label):
    order.append(label)
    return label

def make(label):
    order.append("make " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco

decos = {"x": make("x"), "y": make("y")}
order.append("before def")

@decos["x"]
@(lambda f: (order.append("apply lambda"), f)[1])
@decos["y"]
def f(a=note("default a"), *, b=note("default b")) -> note("annotation"):
    return a, b

print(order)
print(f())

buttons = [make("b0"), make("b1")]
order.clear()

@buttons[1 if len(order) == 0 else 0]
def g():
    pass
print(order)
