x += y if z else w
x -= (yield)
x *= yield
x |= a or b
x ^= lambda: 0
total += *a, *b
