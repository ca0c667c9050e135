counter = 0
def bump():
    global counter
    counter += 1
def make_global():
    global created
    created = "yes"
bump()
bump()
make_global()
print(counter, created)
x = "global x"
def read_only():
    return x
def shadow():
    x = "local x"
    return x
print(read_only(), shadow(), x)
def nested():
    def inner():
        global x
        x = "rebound"
    inner()
nested()
print(x, "created" in globals(), sorted([k for k in globals() if k in ("bump", "x")]))
