# KeyError with an int key inside a larger expression.

squares = {i: i * i for i in range(5)}
print(squares[4])
print(squares[5] + 1)
