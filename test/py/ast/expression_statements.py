f()
x
1
"string"
a.b.c
x[0]
...
None
a + b
(yield)
