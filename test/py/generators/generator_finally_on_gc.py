def resource(name):
    print("open", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("close", name)

r = resource("a")
print(next(r))
r = None
print("rebound")

for x in resource("b"):
    print("got", x)
    break
print("loop done")

def early():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
e = early()
next(e)
del e
print("end")
