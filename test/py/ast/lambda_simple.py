f = lambda: 0
g = lambda x: x * 2
h = lambda x, y: x + y
