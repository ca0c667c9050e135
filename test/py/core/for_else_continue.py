for i in range(3):
    print("loop", i)
else:
    print("for else ran")
for word in ["alpha", "beta", "stop", "gamma"]:
    if word == "stop":
        print("stopping")
        break
    print(word)
else:
    print("not reached")
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty else")
