# AttributeError on a list method that does not exist (no close match).


items = [1, 2, 3]
items.push(4)
