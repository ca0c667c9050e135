import sys
n = 7
s = "hello" + str(n)
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
u = sys.intern(s)
print(sys.getrefcount(s), u is s)
print(sys.getrefcount("hello world"))
print(sys.getrefcount("hello_world"))
r = "".join(["run", "time"])
print(sys.getrefcount(r))
print(sys.getrefcount(sys.intern("".join(["x", "yz"]))))
