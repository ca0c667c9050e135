# NameError with no close candidate: no suggestion is appended.


print("before")
print(xyzzy_plugh)
