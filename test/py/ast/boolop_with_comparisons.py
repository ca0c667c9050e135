a < b and b < c or c == d
not a == b
not a in b
not a is not b
x and y is None or z in w
