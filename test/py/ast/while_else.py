while x > 0:
    x -= 1
    if x == 5:
        break
else:
    print("no break")
while not done: step()
