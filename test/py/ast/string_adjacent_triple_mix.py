x = """a""" "b" '''c''' 'd'
y = ("""
multi
""" "single")
