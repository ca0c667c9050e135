a ** b ** c
(a ** b) ** c
2 ** 3 ** 2
a ** -b
a ** -b ** c
a ** ~b
