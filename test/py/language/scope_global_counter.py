counter = 0
history = []

def increment(step=1):
    global counter
    counter += step
    history.append(counter)
    return counter

def reset():
    global counter, history
    counter = 0
    history = []

def read_only():
    return counter * 2

for s in (1, 2, 3):
    increment(s)
print(counter, history, read_only())
reset()
increment()
print(counter, history)

def create_global():
    global created
    created = "made inside function"
try:
    created
except NameError as e:
    print("NameError:", e)
create_global()
print(created)

def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
    counter = "local only"
    return counter
print(nested_global(), counter)
print("counter" in globals(), "inner" in globals())
