# Implicit chaining: an exception raised in an except block prints
# "During handling of the above exception, another exception occurred:".
try:
    1/0
except ZeroDivisionError:
    raise ValueError('bad')
