record = {"name": "Widget", "price": 9.5, "qty": 3, "tags": ["a", "b"]}
print("%(name)s costs %(price).2f x %(qty)d" % record)
print("%(name)-10s|%(price)8.3f|%(qty)05d|" % record)
print("%(tags)s %(tags)r %(name)r" % record)
print("%(name)s %(name)s %(name)s" % record)
print("%(qty)x %(qty)o %(qty)#x" % record)
print("%(a b)s %(with)s %()s" % {"a b": 1, "with": 2, "": 3})
print("%(nested(paren))s" % {"nested(paren)": "ok"})

class Loud(dict):
    def __missing__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % Loud())

class Mapping:
    def __getitem__(self, key):
        return f"<{key}>"
print("%(anything)s %(else)s" % Mapping())
print("no placeholders" % {"unused": 1})
print("%(x)s" % {"x": 1, "y": 2})
try:
    "%(missing)s" % {"present": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%(name)s %s" % {"name": 1}
except TypeError as e:
    print("TypeError:", e)
try:
    "%(name" % {"name": 1}
except ValueError as e:
    print("ValueError:", e)
