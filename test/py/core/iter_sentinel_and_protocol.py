data = [3, 1, 4, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
counter = [0]
def step():
    counter[0] += 1
    return counter[0]
print(list(iter(step, 5)))
chars = iter("hello")
print(next(chars), "".join(chars))
pairs = list(zip(*[iter(range(6))] * 2))
print(pairs)
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
