"a" "b"
"a" 'b' """c""" '''d'''
("first "
 "second "
 "third")
x = ("abc"
     r"\n"
     u"def")
b"a" b"b" rb"\c"
u"x" "y"
"y" u"x"
