sorted(items, key=lambda item: (item[1], -item[0]))
map(lambda x, y=2: x ** y, data)
filter(lambda *_: True, [])
