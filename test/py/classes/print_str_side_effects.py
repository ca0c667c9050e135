class A:
    def __str__(self):
        print("inner")
        return "A"
print(1, A(), 2)
class B:
    def __str__(self): raise ValueError("no")
print("x", B())
