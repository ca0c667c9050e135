class Point(object)
    pass
