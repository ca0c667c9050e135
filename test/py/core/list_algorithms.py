def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def qsort(a):
    if len(a) <= 1:
        return a
    p = a[0]
    return qsort([x for x in a[1:] if x < p]) + [p] + qsort([x for x in a[1:] if x >= p])
def bsearch(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = [38, 27, 43, 3, 9, 82, 10, 3]
print(bubble(data), qsort(data), data)
s = sorted(data)
print(bsearch(s, 43), bsearch(s, 5))
print([data[i:i + 3] for i in range(0, len(data), 3)])
print(list(zip(data, data[1:]))[:3], [b - a for a, b in zip(data, data[1:])])
