a | b
a ^ b
a & b
a << b
a >> b
a | b ^ c & d << e >> f
~a & ~b
