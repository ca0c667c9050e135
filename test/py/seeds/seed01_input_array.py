# Seed 001 (b82df390cbf6733c): "Dynamic Memory Allocation", as written.
# The test harness gives an empty stdin (on both sides), so input() writes its prompt
# and raises EOFError, as the article's "Output: Enter a number" suggests.
# (The sizes of [0] * number are covered by test/py/memory/seed_array_of_zeros.py.)
number = int(input("Enter a number"))
array = [0] * number
