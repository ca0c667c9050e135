class Table:
    width = 3
    height = 2
    rows = [r for r in range(height)]
    print("rows", rows)
    cells = [(r, c) for r in range(height) for c in range(width)]
    print("never printed")
