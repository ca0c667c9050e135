x = [1, \
     2]
def f(a, \
      b):
    return \
        a
import os, \
    sys
from os import \
    path
y = 1 \
    if x else \
    2
z = "a" \
    "b"
