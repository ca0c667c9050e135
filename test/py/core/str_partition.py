print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a::b".partition("::"), "::".partition("::"))
k, sep, v = "host:8080".partition(":")
print(k, sep, v, int(v) + 1)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
