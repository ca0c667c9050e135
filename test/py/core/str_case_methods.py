s = "hello wORLD it's 3rd-place"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i\u0307", "straße".casefold())
print("ABC".isupper(), "abc".islower(), "Hello World".istitle(), "Hello world".istitle(), "123".isupper())
