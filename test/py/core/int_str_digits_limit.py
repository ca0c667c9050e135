big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("7" * 4300) % 1000)
print(hex(big)[:10], big.bit_length())
