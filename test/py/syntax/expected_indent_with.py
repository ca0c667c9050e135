with open("f") as f:
data = 1
