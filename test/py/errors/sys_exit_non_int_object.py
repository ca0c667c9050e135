# sys.exit() with a non-int, non-None object prints its str() to stderr and
# exits with status 1.
import sys
print("exiting with a list")
sys.exit([1, 2])
