class Counter:
    count = 0
    tags = []
    def bump(self):
        self.count += 1
    def tag(self, t):
        self.tags.append(t)
a = Counter()
b = Counter()
a.bump()
a.bump()
b.bump()
print(a.count, b.count, Counter.count)
print("count" in vars(a), "count" in vars(Counter))
a.tag("x")
b.tag("y")
print(a.tags, b.tags, Counter.tags, a.tags is Counter.tags)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
Counter.count = 50
print(a.count, b.count)
b.tags = ["own"]
print(b.tags, Counter.tags)
class Sub(Counter):
    pass
s = Sub()
print(s.count)
Sub.count = 7
print(s.count, Counter.count)
del Sub.count
print(s.count)
try:
    del Sub.count
except AttributeError as e:
    print("AttributeError:", e)
