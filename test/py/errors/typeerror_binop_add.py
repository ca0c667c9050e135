def inner(x):
    return x['key'] + 1

def outer():
    data = {'key': None}
    return inner(data)

outer()
