# A trailing comment stays on the printed source line.
values = {"a": 1}
values["c"] = 3  # another comment
print(values["a"])  # fine
print(values["b"])  # raises KeyError
