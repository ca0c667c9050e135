def level1():
    return [][0]

def level2():
    try:
        level1()
    except IndexError:
        raise KeyError("level2")

def level3():
    try:
        level2()
    except KeyError as e:
        raise RuntimeError("level3") from e

level3()
