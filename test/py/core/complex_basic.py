a = 3 + 4j
b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b)
print(abs(a), a.real, a.imag, a.conjugate())
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, -1j, 0j, -0j)
print(complex(1, 2), complex("3+5j"), complex(2), complex(), complex("-1.5j"))
print(a == 3 + 4j, a != b, 2 + 0j == 2, 1j.imag)
print(repr(2j), repr(1 + 0j), repr(-(1 + 2j)), repr(complex(0, -0.0)))
print(hash(3 + 0j) == hash(3), hash(1.5 + 0j) == hash(1.5))
print(type(a).__name__, isinstance(a, complex), 1e300j * 1e10)
