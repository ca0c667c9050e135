1 .real
1.0.real
1j.imag
0x10.real
1..real
1.e5
(1).bit_length()
1.5.as_integer_ratio()
