def risky():
    try:
        return int("x")
    except ValueError:
        return undefined_fallback

print("calling risky")
risky()
