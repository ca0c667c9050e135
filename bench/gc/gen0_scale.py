# Is a generation-0 collection's cost independent of the old heap? Times gc.collect(0)
# with a few hundred young objects, first on an almost empty heap, then with
# 1,000,000 long-lived objects (lists) moved to generation 2.
import gc, sys, time

def young_garbage(n):
    for _ in range(n):
        a = []; b = [a]; a.append(b)

def time_gen0(rounds):
    """median and mean of `rounds` gen-0 collections, in microseconds (the median is
    robust to a host pause, e.g. V8's own collector, landing inside one timed window)"""
    times = []
    for _ in range(rounds):
        young_garbage(100)
        t = time.perf_counter()
        gc.collect(0)
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2] * 1e6, sum(times) / len(times) * 1e6

gc.disable()
gc.collect()
time_gen0(200)  # warm-up (JIT)
empty = time_gen0(200)
old = [[] for _ in range(1_000_000)]
gc.collect()
big = time_gen0(200)
print(f"gen0 collection, median (mean): {empty[0]:.1f} ({empty[1]:.1f}) us on an empty heap, "
      f"{big[0]:.1f} ({big[1]:.1f}) us with 1e6 objects in gen 2, median ratio {big[0] / empty[0]:.2f}")
t = time.perf_counter()
gc.collect()
print(f"full collection with 1e6 objects: {(time.perf_counter() - t) * 1e3:.1f} ms")
