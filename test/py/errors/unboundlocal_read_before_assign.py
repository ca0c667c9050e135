total = 5
def report():
    print("total is", total)
    total = 10

report()
