# A TypeError in a nested list comprehension (inlined, no <listcomp> frame),
# with the ~~~^~~~ marker of the failing binary operation.

matrix = [[1, 2], [3, "x"]]
doubled = [[v * 2 + 1 for v in row] for row in matrix]
