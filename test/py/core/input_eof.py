print("before input")
try:
    value = input("Enter something: ")
except EOFError as e:
    print()
    print("EOFError", repr(e))
print("after input")
