x[a:=b]
x[(a:=1):2]
x[y:=0, z]
del x[(i:=0)]
