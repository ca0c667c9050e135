# A user-defined exception class: the last line shows its bare name (module __main__).
class AppError(Exception): pass
def run():
    raise AppError("something went wrong")
run()
