# A ValueError raised by int() in a function called from a list comprehension.
def parse(s):
    return int(s)

nums = [parse(x) for x in ["1", "2", "three"]]
