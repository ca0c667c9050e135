values = [0, 0.0, 0j, "", "0", [], [[]], (), ((),), {}, {0: 0}, set(), {0}, None, range(0), range(1), b"", b"\x00", frozenset()]
print([bool(v) for v in values])
print(len([v for v in values if v]), [v for v in values if not v][:5])
items = []
if not items:
    print("empty")
items.append(0)
if items:
    print("non-empty even with falsy item")
print(all(values[1:2]), any(values))
