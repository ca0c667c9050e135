# AttributeError on the sys module with a suggestion taken from dir(sys).

import sys
print(sys.maxsize > 0)
print(sys.getrecursionlimt())
