def quicksort(items, key=lambda x: x):
    """Return a sorted copy of items."""
    if len(items) <= 1:
        return list(items)
    pivot, *rest = items
    smaller = [x for x in rest if key(x) < key(pivot)]
    larger = [x for x in rest if key(x) >= key(pivot)]
    return quicksort(smaller, key) + [pivot] + quicksort(larger, key)


def binary_search(seq, target):
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        elif seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


if __name__ == "__main__":
    data = [5, 3, 8, 1, 9, 2]
    print(quicksort(data), binary_search(sorted(data), 8))
