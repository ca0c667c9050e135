x < y = 3
