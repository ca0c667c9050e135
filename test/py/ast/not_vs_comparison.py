not a == b
not a < b < c
(not a) == b
not a and b
a == (not b)
not a in b
