# A deterministic random walk of OrderedDict operations checked against a list of keys;
# sizes (key table, fast-nodes array, nodes) are printed at intervals.
import sys
from collections import OrderedDict
seed = 777
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
od = OrderedDict()
order = []
for step in range(4000):
    op = rand(10)
    k = rand(60) if rand(2) else "k%d" % rand(60)
    if op < 4:
        od[k] = step
        if k not in order:
            order.append(k)
    elif op == 4 and k in od:
        del od[k]; order.remove(k)
    elif op == 5 and k in od:
        od.move_to_end(k); order.remove(k); order.append(k)
    elif op == 6 and k in od:
        od.move_to_end(k, last=False); order.remove(k); order.insert(0, k)
    elif op == 7 and od:
        last = rand(2) == 0
        key, value = od.popitem(last=last)
        assert key == order.pop(-1 if last else 0)
    elif op == 8:
        od.pop(k, None)
        if k in order:
            order.remove(k)
    elif op == 9 and rand(40) == 0:
        od.clear(); order.clear()
    if step % 400 == 0:
        print(step, len(od), sys.getsizeof(od), list(od) == order)
print(list(od) == order, list(reversed(od)) == order[::-1], len(od), sys.getsizeof(od))
print(list(od.items())[:5])
