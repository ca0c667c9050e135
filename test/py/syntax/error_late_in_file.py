import os


def first():
    return 1


def second(x):
    """Some docs."""
    values = [i * 2 for i in range(x)]
    total = sum(values)
    if total > 10:
        print("big")
    return total


class Thing:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

    def broken(self):
        for item in self.items:
            if item = None:
                continue
        return len(self.items)
