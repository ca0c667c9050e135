# NameError with a suggestion taken from the module globals.
counter = 0
for i in range(3):
    counter += i
print(countr)
