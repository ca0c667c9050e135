def make():
    return None

def use():
    return make()[0]

use()
