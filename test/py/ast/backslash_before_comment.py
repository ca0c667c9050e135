x = 1 + \
    2  # comment after continuation
if x \
   == 3:  # trailing comment
    pass
