# A BaseException subclass that is not an Exception is printed like any other.

class Stop(BaseException): pass
print("raising a BaseException subclass")
raise Stop("custom base")
