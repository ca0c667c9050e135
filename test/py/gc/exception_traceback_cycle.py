import gc


def fail():
    raise ValueError("boom")


def catch_and_keep():
    try:
        fail()
    except ValueError as e:
        err = e
    # err -> traceback -> frame of this call -> locals -> err
    return type(err).__name__


gc.collect()
print(catch_and_keep())
print(gc.collect())
print(gc.collect())


def catch_and_drop():
    try:
        fail()
    except ValueError:
        pass
    return "dropped"


print(catch_and_drop())
print(gc.collect())
