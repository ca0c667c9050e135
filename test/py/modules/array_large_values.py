# 64-bit typecodes hold ints beyond 2**53; unsigned codes read back as large positives.
import array, sys
q = array.array('q', [2**63 - 1, -2**63, 2**53 + 1, -(2**53) - 1, 0])
print(q, q[0] + 1, q.tolist())
Q = array.array('Q', [2**64 - 1, 2**63, 2**53 + 1])
print(Q, Q[0] - Q[1])
L = array.array('L', [2**64 - 1])
l = array.array('l', L.tobytes())
print(L, l, array.array('Q', l.tobytes()))
I = array.array('I', [2**32 - 1, 2**31])
print(I, array.array('i', I.tobytes()))
print(Q.index(2**63), 2**53 + 1 in Q, 2**53 in Q, q.count(0), sorted(q)[:2])
print(max(Q), min(q), sum(array.array('Q', [2**62] * 4)))
print(q < array.array('q', [2**63 - 1, -2**63 + 1]), Q > array.array('Q', [2**64 - 1, 2**62]))
big = array.array('q', [10**18] * 3)
big[1] = -big[1]
big.byteswap()
print(big.tobytes()[:8].hex())
big.byteswap()
print(big, sys.getsizeof(big))
class Huge:
    def __index__(self):
        return 2**64
try:
    array.array('Q', [Huge()])
except OverflowError as e:
    print(e)
print(array.array('Q', [Huge().__index__() - 1]))
