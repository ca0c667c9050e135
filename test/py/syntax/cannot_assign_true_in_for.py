for True in range(3):
    pass
