if (obj.attr := 5):
    pass
