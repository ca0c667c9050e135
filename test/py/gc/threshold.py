import gc

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(200, 5)
print(gc.get_threshold())
gc.set_threshold(300, 6, 7)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold("1")
except TypeError as e:
    print("TypeError", e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
