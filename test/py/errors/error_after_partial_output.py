# stdout written before an uncaught exception is kept; raise on its own line has no marker.
for i in range(5):
    print("line", i)
    if i == 3:
        raise RuntimeError("stopped at %d" % i)
