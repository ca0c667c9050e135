a < b < c
a < b <= c > d >= e == f != g
x is not None is not y
a in b not in c
0 <= i < len(s)
a == b is c in d
