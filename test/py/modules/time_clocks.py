import time
t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.perf_counter_ns() > n0, time.monotonic() > m0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
time.sleep(0)
print("done")
