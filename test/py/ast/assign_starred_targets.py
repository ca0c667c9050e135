a, *b = seq
*a, b = seq
a, *b, c = seq
[*a] = seq
*a, = seq
(first, *middle, last) = seq
