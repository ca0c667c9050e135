for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
    else:
        continue
    while True:
        break
    else:
        pass
    break
