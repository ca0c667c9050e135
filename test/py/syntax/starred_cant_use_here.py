a, b = c = *d
