@buttons[0].clicked.connect
def on_click():
    pass

@(lambda f: f)
def g():
    pass

@x if y else z
def h():
    pass

@a := b
def i():
    pass
