a + b < c * d
a | b == c & d
x < y or y > z and z == w
(a < b) < c
a < (b < c)
