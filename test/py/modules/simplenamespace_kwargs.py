# types.SimpleNamespace (reached as type(sys.implementation)): keyword arguments become attributes
import sys
N=type(sys.implementation)
try: N(1)
except TypeError as e: print(e)
n=N(a=1,b=2)
print(n, n.a)
print(N())
import sys, gc
print(sys.getsizeof(N()), gc.is_tracked(N(x=[])))
