[(a, b, c) for a in x if a for b in y if b if b > a for c in z]
{a: b for a in x for b in y if a < b if b}
(a for a in x if a for b in a if b)
