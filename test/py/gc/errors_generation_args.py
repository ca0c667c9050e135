import gc

for gen in (3, -1, 100):
    try:
        gc.collect(gen)
    except ValueError as e:
        print("collect", gen, "ValueError:", e)
for gen in (5, 3, -2):
    try:
        gc.get_objects(gen)
    except ValueError as e:
        print("get_objects", gen, "ValueError:", e)
print(type(gc.get_objects(-1)).__name__)
print(type(gc.get_objects(generation=None)).__name__)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError:", e)
gc.collect(3)
