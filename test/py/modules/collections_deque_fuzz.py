# A deterministic random walk of deque operations checked against a list model; the
# size (blocks in use) and contents are printed at intervals, so block allocation and
# the index arithmetic of every operation are compared with CPython's.
import sys
from collections import deque
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for maxlen in (None, 70):
    d = deque(maxlen=maxlen)
    model = []
    for step in range(3000):
        op = rand(12)
        if op < 3:
            x = rand(1000); d.append(x); model.append(x)
        elif op < 5:
            x = rand(1000); d.appendleft(x); model.insert(0, x)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 5 and model:
            assert d.pop() == model.pop()
        elif op == 6 and model:
            assert d.popleft() == model.pop(0)
        elif op == 7:
            k = rand(200) - 100
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 8:
            xs = [rand(50) for _ in range(rand(80))]
            d.extend(xs); model.extend(xs)
        elif op == 9:
            xs = [rand(50) for _ in range(rand(40))]
            d.extendleft(xs)
            for x in xs:
                model.insert(0, x)
                if maxlen is not None and len(model) > maxlen:
                    model.pop()
        elif op == 10 and model:
            i = rand(len(model))
            del d[i]; del model[i]
        elif op == 11 and model and (maxlen is None or len(model) < maxlen):
            i = rand(len(model) + 10) - 5
            d.insert(i, -1); model.insert(i, -1)
        if maxlen is not None:
            del model[:-maxlen]
        if step % 250 == 0:
            print(step, len(d), sys.getsizeof(d), sum(d) % 9973, list(d) == model)
    print(list(d) == model, len(d), sys.getsizeof(d))
