def compute():
    total_value = 10
    return totl_value * 2

compute()
