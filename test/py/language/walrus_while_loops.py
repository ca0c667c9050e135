data = [5, 3, 8, 0, 7, 2]
it = iter(data)
while (v := next(it)) != 0:
    print("value", v)
print("stopped at", v, "remaining", list(it))

chunks = iter(["ab", "cd", "", "ef"])
collected = []
while chunk := next(chunks):
    collected.append(chunk)
print(collected)

n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print("collatz steps", steps, n)

stack = [1, 2, 3]
while stack and (top := stack.pop()) > 1:
    print("popped", top)
print(stack, top)
