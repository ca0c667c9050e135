a or b and c or d and e and f or g
not a and not b or c
a and not b and c
x = a or b or c and d or e
