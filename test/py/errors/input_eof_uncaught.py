# Seed example: input() with an empty stdin raises EOFError after printing the prompt
# (the prompt has no newline, so the traceback starts on the same terminal line).

number = int(input("Enter a number"))
array = [0] * number
