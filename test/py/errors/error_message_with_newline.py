# An exception message containing a newline is printed as is on two lines.


print("multi-line message follows")
raise ValueError("first line\nsecond line")
