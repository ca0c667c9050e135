import sys
class C: pass
class D: pass
c = C()
print(sys.getsizeof(c), c.__sizeof__(), C.__basicsize__)
c.x = 1
c.y = 2
print(sys.getsizeof(c))
print(sys.getsizeof(C), sys.getsizeof(object()), sys.getsizeof(D()))
