x = not a or b and not c == d | e ^ f & g << h + i * -j ** k
y = (a if b else c) or d and e is not f
z = a - -b - --c + +d ** -e ** f
w = lambda: a or b if c else d
