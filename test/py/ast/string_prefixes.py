r'raw\n'
R"RAW\t"
u'unicode'
U"UNICODE"
b'bytes'
B"BYTES"
rb'raw bytes\x00'
br"BR\d"
Rb'Rb'
bR'bR'
RB"RB"
BR"BR"
