# A deterministic mix of growing and shrinking operations; after each step the
# contents and sys.getsizeof must match CPython's array_resize exactly.
import array, sys
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for tc in 'bhid':
    a = array.array(tc)
    log = []
    for step in range(150):
        op = rnd(9)
        n = len(a)
        if op == 0:
            a.append(rnd(100))
        elif op == 1:
            a.extend(array.array(tc, [rnd(100) for _ in range(rnd(20))]))
        elif op == 2 and n:
            a.pop(rnd(n))
        elif op == 3:
            i, j = sorted((rnd(n + 1), rnd(n + 1)))
            del a[i:j]
        elif op == 4:
            i, j = sorted((rnd(n + 1), rnd(n + 1)))
            a[i:j] = array.array(tc, range(rnd(25)))
        elif op == 5 and n:
            del a[rnd(3)::rnd(4) + 2]
        elif op == 6:
            a.insert(rnd(n + 1), 7)
        elif op == 7:
            a.extend(range(rnd(12)))
        elif op == 8:
            a.frombytes(bytes(a.itemsize * rnd(10)))
        log.append((len(a), sys.getsizeof(a)))
    print(tc, sum(a), log[::5])
    print(tc, a[:10], log[-1])
