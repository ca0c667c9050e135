import weakref


class Item:
    def __init__(self, n):
        self.n = n


ws = weakref.WeakSet()
items = [Item(i) for i in range(5)]
for it in items:
    ws.add(it)
ws.add(items[0])
del it
print(len(ws), items[2] in ws, Item(9) in ws, 3 in ws)
print(sorted(it.n for it in ws))
del items[1:3]
print(len(ws), sorted(it.n for it in ws))
ws.discard(items[0])
print(len(ws))
ws.add(Item(99))
print(len(ws), sorted(it.n for it in ws))
items.clear()
print(len(ws), list(ws), bool(ws))
last = Item(7)
ws.add(last)
print([x.n for x in ws], len(ws))
