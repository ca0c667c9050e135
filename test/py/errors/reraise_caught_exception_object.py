# "raise e" of a caught exception adds the new raise line to its traceback.
def inner():
    raise KeyError("k")

def outer():
    try:
        inner()
    except KeyError as e:
        err = e
    raise err

outer()
