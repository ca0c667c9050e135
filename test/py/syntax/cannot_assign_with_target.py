with open("f") as "name":
    pass
