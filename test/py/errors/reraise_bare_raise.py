# A bare raise in an except block re-raises the same exception: one traceback,
# with the frames of the original raise.
def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError:
        print("logging the failure and re-raising")
        raise

load("12x")
