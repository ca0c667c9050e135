a and b
a or b
a and b and c
a or b or c
a and b or c
a or b and c
a and (b or c)
(a or b) and c
