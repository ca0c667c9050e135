class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a} {b} {c}".format_map(Default(a=1)))
print("{name:>8}|".format_map({"name": "right"}))
print("{x[0]} {y.real}".format_map({"x": [9], "y": 2}))

class Lookup:
    def __getitem__(self, key):
        print("lookup", key)
        return key.upper()
print("{first} {second} {first}".format_map(Lookup()))
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{k}".format_map({})
except KeyError as e:
    print("KeyError:", e)
import string
t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
f = string.Formatter()
print(f.format("{0}-{x}", "pos", x="kw"))
print(list(f.parse("a{0:>3}b{x!r}c{{")))
