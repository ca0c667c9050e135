{x for x in data}
{x % 3 for x in range(10) if x}
{(a, b) for a in x for b in y if a != b}
