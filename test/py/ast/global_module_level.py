global x
global y, z
x = 1
def f():
    global x
    global x
    x = 2
