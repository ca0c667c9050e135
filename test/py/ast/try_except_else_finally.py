try:
    a()
except ValueError as e:
    b(e)
else:
    c()
finally:
    d()
try:
    pass
finally:
    cleanup()
try:
    x
except E:
    pass
finally:
    pass
