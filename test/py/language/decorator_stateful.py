def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

def limited(n):
    def deco(func):
        remaining = n
        def wrapper(*args):
            nonlocal remaining
            if remaining == 0:
                return "limit reached"
            remaining -= 1
            return func(*args)
        return wrapper
    return deco

@counted
def ping():
    return "pong"

@limited(2)
def work(x):
    return x * 10

for _ in range(4):
    ping()
print(ping.calls)
print([work(i) for i in range(4)])
