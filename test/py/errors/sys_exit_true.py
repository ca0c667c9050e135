# sys.exit(True): True is an int, so the exit status is 1 and nothing is printed.
import sys
print(int(True), isinstance(True, int))
print("exiting with True")
sys.exit(True)
