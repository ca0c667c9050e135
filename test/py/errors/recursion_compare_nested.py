# Comparing deeply nested lists hits the C recursion limit with the
# "in comparison" suffix.
a = []
b = []
for _ in range(5000):
    a = [a]
    b = [b]
print("built")
print(a == b)
