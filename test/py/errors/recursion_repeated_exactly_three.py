def walk(n):
    if n == 0:
        raise ValueError("bottom reached")
    walk(n - 1)

print("three identical frames are all shown")
walk(3)
