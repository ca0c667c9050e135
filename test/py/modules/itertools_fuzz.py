# Many small random cases of the combinatoric and slicing tools, summarised per case
import itertools

state = 2024
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n

def summary(it):
    items = list(it)
    return len(items), items[:2], items[-1:]

for case in range(40):
    pool = "abcdefg"[:rand(6)]
    r = rand(5)
    print(case, repr(pool), r)
    print("  product", summary(itertools.product(pool, range(rand(3)), repeat=rand(3))))
    print("  perms", summary(itertools.permutations(pool, r if rand(3) else None)))
    print("  combs", summary(itertools.combinations(pool, r)), summary(itertools.combinations_with_replacement(pool, r)))
    start, stop, step = rand(6), rand(9), rand(3) + 1
    print("  islice", list(itertools.islice(range(10), start, stop, step)), list(itertools.islice(pool, stop)))
    print("  zip_longest", list(itertools.zip_longest(pool, range(rand(5)), fillvalue="_"))[:4])
    print("  groupby", [(k, len(list(g))) for k, g in itertools.groupby(sorted(pool * rand(3)))])
    n = rand(4) + 1
    print("  batched", list(itertools.batched(pool, n)), list(itertools.pairwise(pool))[:3])
    print("  accumulate", list(itertools.accumulate(range(rand(6)), initial=rand(3) or None)))
