class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print("__iter__")
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print(x)
print(list(Countdown(4)))
print(sum(Countdown(5)), sorted(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Countdown(3)
print(a, b, c)
print([x * 10 for x in Countdown(3)])
print(3 in Countdown(5), 9 in Countdown(5))
print(dict(zip(Countdown(3), "abc")))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Countdown(1))
except TypeError as e:
    print("TypeError:", e)
