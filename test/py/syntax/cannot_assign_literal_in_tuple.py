a, 1 = pair
