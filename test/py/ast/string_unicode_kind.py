u"u-string"
u"a" "b"
"a" u"b"
x = u""
f(u'x')
