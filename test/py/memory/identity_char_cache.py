import sys
print(chr(233) is chr(233), chr(256) is chr(256), chr(65) is chr(65), chr(255) is chr(255))
s = "hollow"
e = "\xe9xyz"
print(s[1] is s[4], s[0] is chr(104), e[0] is chr(233))
q = "q"
print(q is chr(113), q is sys.intern(chr(113)))
wide = "\u0100qwz"
print(wide[0] is wide[0], wide[1] is chr(113))
print(str(7) is str(7), str(10) is str(10))
bb = b"b"
print(bytes([255]) is bytes([255]), b"abc"[1:2] is bb, b"xyz"[0:1] is bytes([120]))
