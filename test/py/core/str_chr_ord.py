print(ord("A"), ord("a"), ord("0"), ord("\n"), ord("\u00e9"), ord("\u4e2d"), ord("\U0001F600"))
print(chr(65), chr(97), repr(chr(0)), chr(233), chr(20013), chr(128512) == "\U0001F600")
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print([ord(c) for c in "hi!"], chr(0x10FFFF) == "\U0010ffff")
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
