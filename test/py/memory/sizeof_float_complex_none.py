import sys
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(1e308), sys.getsizeof(float("nan")))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), sys.getsizeof(None), sys.getsizeof(...))
print(sys.getsizeof(NotImplemented), sys.getsizeof(True), sys.getsizeof(object()))
print((1.5).__sizeof__(), (1j).__sizeof__(), object().__sizeof__())
