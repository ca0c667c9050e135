# Unbounded recursion: three frames are shown, then
# [Previous line repeated 996 more times] and RecursionError.
def f(n):
    return f(n + 1)
f(0)
