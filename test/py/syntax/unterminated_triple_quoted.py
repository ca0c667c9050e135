x = 1
doc = """This string
never ends
y = 2
