a.b
a.b.c.d
a.b().c
a().b.c()
a[0].b[1].c
(1).real
"".join
x.y.z = w.v.u
