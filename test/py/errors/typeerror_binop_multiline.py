# A binary operation spanning several lines: the marker covers the rest of the first line only.
values = [1, 2, 3]
total = (values[0] +
         values[1] *
         "x" - values[2])
