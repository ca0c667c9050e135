class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __lt__(self, other):
        return self.price < other.price
    def __repr__(self):
        return f"{self.name}:{self.price}"

items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1)]
print(sorted(items))
print(sorted(items, reverse=True))
print(min(items), max(items))
items.sort()
print(items)
print(sorted(items, key=lambda i: i.name, reverse=True))
print(Item("x", 1) > Item("y", 0))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
try:
    Item("x", 1) <= Item("y", 2)
except TypeError as e:
    print("TypeError:", e)
