for i in range(10):
    if i == 1:
        continue
    elif i == 5:
        break
    else:
        pass
while True:
    break
