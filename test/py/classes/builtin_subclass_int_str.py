class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return f"MyInt({int(self)})"

a = MyInt(21)
print(a, a.double(), a + 1, type(a + 1).__name__, type(a.double()).__name__)
print(repr(a), str(a), f"{a}", a == 21, hash(a) == hash(21), a > 20)
print(isinstance(a, int), int(a), type(int(a)).__name__)
print(MyInt("ff", 16), MyInt(), [a, MyInt(3)])
class Bool2(int):
    def __add__(self, o):
        return "custom add"
print(Bool2(1) + 1, 1 + Bool2(1))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hello")
print(s, s.shout(), len(s), s[1:3], type(s[1:3]).__name__, type(s + "x").__name__)
print(repr(s), s == "hello", s.startswith("he"), "ell" in s)
print({s: 1}["hello"], str(s) is s, type(str(s)).__name__)
class Tag(str):
    def __str__(self):
        return "<" + self + ">"
t = Tag("b")
print(t, str(t), f"{t}", "%s" % t, t + "x")
class MyFloat(float):
    pass
print(MyFloat(1.5) * 2, repr(MyFloat(2.5)))
