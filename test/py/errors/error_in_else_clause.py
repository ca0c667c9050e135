# An exception raised in the else clause of a try is not handled by its except.
def run(x):
    try:
        y = int(x)
    except ValueError:
        return "bad"
    else:
        return y / 0

print(run("q"))
print(run("5"))
