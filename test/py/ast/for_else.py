for x in range(3):
    print(x)
else:
    print("done")
for x in []:
    pass
