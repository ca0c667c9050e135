# raise NotImplementedError (a class, not an instance): the last line has no colon.
def not_done():
    raise NotImplementedError

not_done()
