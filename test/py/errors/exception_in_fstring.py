def describe(n):
    return f"value={n} inverse={1 / n:.3f}"

print(describe(4))
print(describe(0))
