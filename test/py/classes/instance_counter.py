class Widget:
    count = 0
    alive = 0
    def __init__(self, name):
        Widget.count += 1
        Widget.alive += 1
        self.id = Widget.count
        self.name = name
    def __del__(self):
        Widget.alive -= 1
    @classmethod
    def stats(cls):
        return f"created={cls.count} alive={cls.alive}"

w1 = Widget("a")
w2 = Widget("b")
print(w1.id, w2.id, Widget.stats())
ws = [Widget(str(i)) for i in range(5)]
print(Widget.stats())
del ws[1:4]
print(Widget.stats())
ws = None
print(Widget.stats())
del w1
print(Widget.stats(), w2.id)
class Gadget(Widget):
    pass
g = Gadget("g")
print(g.id, Gadget.count, Widget.count, Widget.stats())
class SelfCount:
    n = 0
    def __init__(self):
        type(self).n += 1
class SubCount(SelfCount):
    pass
SelfCount(); SubCount(); SubCount()
print(SelfCount.n, SubCount.n)
