x = 10
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
