# float ** float overflow raises OverflowError with the errno tuple message;
# the ** operator gets two carets (~~^^~~~~).
x = 10.0
print(x ** 300)
print(x ** 400)
