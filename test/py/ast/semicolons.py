a = 1; b = 2; c = 3
import os; import sys
x = 1;
if x: y = 1; z = 2
for i in r: a; b; c
