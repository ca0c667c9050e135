import sys
M = [object()]
print(sys.getrefcount(M[0]))
T = (object(),)
print(sys.getrefcount(T[0]))
D = {"k": object()}
print(sys.getrefcount(D["k"]))
key = "x" + str(1)
D2 = {key: 1}
print(sys.getrefcount(key))
S = {key}
print(sys.getrefcount(key))
N = [[]]
N.append(N[0])
print(sys.getrefcount(N[0]))
print(sys.getrefcount(M), sys.getrefcount(T), sys.getrefcount(D))
