try:
    pass
except mod.Error:
    pass
except errors[0]:
    pass
except get_errors():
    pass
except (A, *more):
    pass
except A or B:
    pass
