import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof(tuple(range(100))))
for n in range(0, 11):
    print(n, sys.getsizeof(tuple(range(n))))
t = ()
for i in range(5):
    t = t + (i,)
    print(len(t), sys.getsizeof(t))
print(sys.getsizeof((1, 2) * 10), sys.getsizeof(tuple("abcdef")), ().__sizeof__(), (1, 2).__sizeof__())
