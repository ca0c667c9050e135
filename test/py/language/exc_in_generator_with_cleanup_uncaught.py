class Guard:
    def __enter__(self):
        print("guard on")
    def __exit__(self, et, ev, tb):
        print("guard off", et.__name__ if et else None)

def producer():
    with Guard():
        for i in range(3):
            yield 6 // (2 - i)

for v in producer():
    print("got", v)
