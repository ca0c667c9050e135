class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s)
print(type(s).__name__, isinstance(s, list), type(s[:2]).__name__, type(s + [9]).__name__)
print(s == [1, 2, 3], sorted(Stack([3, 1, 2])))
s.label = "mine"
print(s.label, repr(s))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __repr__(self):
        return "Logged" + super().__repr__()
l = Logged([1])
l.append(2)
l += [3]
print(l, list(l), str(l))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(3), Init(0))
print(list(reversed(Init(3))), [x * 2 for x in Init(4)])
