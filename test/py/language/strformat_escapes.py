print("{{}}".format())
print("{{{}}}".format(5))
print("{{{0}}} {{{{}}}}".format("x"))
print("{{name}} {name}".format(name="n"))
print("}}{{".format())
print("{{}}{}{{}}".format("mid"))
for bad in ["{", "}", "{0", "{0:}}x}", "a}b", "{!}", "{0!x}", "{0!rr}"]:
    try:
        print(repr(bad.format(1)))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print("%s {}".format("ignored") , "{} %s".format("x"))
print("{}".format("{}"))
