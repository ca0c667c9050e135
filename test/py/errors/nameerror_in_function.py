def helper():
    return undefined_helper_name + 1

def run():
    return helper()

run()
