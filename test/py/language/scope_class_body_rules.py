x = "global x"

class A:
    x = "class x"
    def method(self):
        return x
    y = x
    z = [x for _ in range(1)]
print(A().method(), A.y, A.z)

class D:
    val = 1
    val = val + 1
    def twice(self, n=val * 2):
        return n
print(D.val, D().twice())

def func3():
    n = 1
    class E:
        global x
        x = "set by E"
        m = n
    return E.m
print(func3(), x)
