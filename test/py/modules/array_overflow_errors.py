# Range checks of the integer typecodes, with CPython's OverflowError messages.
import array
def try_store(tc, value):
    a = array.array(tc, [0])
    try:
        a[0] = value
        return repr(a[0])
    except OverflowError as e:
        return 'OverflowError: %s' % e
for tc, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -2**15, 2**15 - 1), ('H', 0, 2**16 - 1),
                   ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**63, 2**63 - 1),
                   ('L', 0, 2**64 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
    print(tc, try_store(tc, lo), try_store(tc, hi))
    print(tc, try_store(tc, lo - 1), '|', try_store(tc, hi + 1))
for tc in 'bBhHiIlLqQ':
    print(tc, try_store(tc, 2**40), '|', try_store(tc, -2**70), '|', try_store(tc, 2**70))
a = array.array('B')
for v in [255, 256]:
    try:
        a.append(v)
    except OverflowError as e:
        print('append', v, e)
try:
    array.array('b', [1, 2, 300])
except OverflowError as e:
    print('init', e)
print(a)
