def show(v):
    print(v)

items = [1, 2]
show(len(items) - "1")
