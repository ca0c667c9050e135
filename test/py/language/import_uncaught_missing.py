import sys
print("before import")

def setup():
    import gc
    if gc:
        from collections import deque
    import not_installed_module_qq
    return deque

setup()
