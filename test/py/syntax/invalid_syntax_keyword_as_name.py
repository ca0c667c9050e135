values = [1, 2]
class = values[0]
