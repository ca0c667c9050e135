(a)
((a))
(a + b)
(a).b
(a)(b)
(a)[b]
x = (
    a
    + b
    - c
)
y = (yield_)
