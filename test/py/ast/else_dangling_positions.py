for x in a:
    if x:
        pass
    else:
        pass
else:
    while y:
        pass
    else:
        try:
            pass
        except:
            pass
        else:
            pass
