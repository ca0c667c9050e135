sets = {frozenset()} | {frozenset((i,)) for i in range(10)}
import gc
print(gc.get_count())
print(len(sets))
