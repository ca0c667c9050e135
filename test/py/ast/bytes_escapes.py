b"\\ \' \" \a \b \f \n \r \t \v"
b"\0 \012 \177 \377"
b"\x00 \x7f \x80 \xff"
b"\\u0041 is not an escape in bytes"
b'quote\'s'
b"printable ~ and del \x7f"
b''
