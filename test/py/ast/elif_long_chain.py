if x == 0:
    r = "zero"
elif x == 1:
    r = "one"
elif x == 2:
    r = "two"
elif x == 3:
    r = "three"
elif x == 4:
    r = "four"
elif x == 5:
    r = "five"
elif x == 6:
    r = "six"
elif x == 7:
    r = "seven"
else:
    r = "many"
