# Seed example: array = [0] * number; sizes for several numbers.
import sys
for number in [0, 1, 5, 10, 100, 1000]:
    array = [0] * number
    print(number, len(array), sys.getsizeof(array))
