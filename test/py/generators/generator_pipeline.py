def read_lines(text):
    for line in text.splitlines():
        yield line

def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()

def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n}: {line}"

text = "alpha\n\n beta \ngamma\n\n"
for out in numbered(non_empty(read_lines(text))):
    print(out)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, (x * 3 for x in naturals()))))
