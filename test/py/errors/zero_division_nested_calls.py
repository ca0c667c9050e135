def inner(x):
    return 100 / x

def middle(x):
    return inner(x - 1) + 1

def outer():
    print("computing")
    return middle(1)

outer()
