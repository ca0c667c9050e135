class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self.tag
    def __exit__(self, et, ev, tb):
        print("  exit", self.tag, et)
        return False

for i in range(4):
    with CM(f"loop{i}"):
        if i == 1:
            print("continue", i)
            continue
        if i == 3:
            print("break", i)
            break
        print("body", i)

def early(n):
    with CM("fn") as t:
        if n:
            return "returned " + t
        print("fell through")
    return "end"
print(early(1))
print(early(0))

def finally_too():
    try:
        with CM("in try"):
            return "value"
    finally:
        print("  finally")
print(finally_too())

while True:
    with CM("while"):
        with CM("inner"):
            break
print("done")
