-x
+x
~x
not x
- -x
-+~x
not not x
-(-x)
-1
+1.5
~0
