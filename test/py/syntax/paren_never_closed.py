result = compute(1,
                 2,
                 3
other = 4
