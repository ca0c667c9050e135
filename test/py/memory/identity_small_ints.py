cached = [n for n in range(-10, 300) if int(str(n)) is int(str(n))]
print(cached[0], cached[-1], len(cached))
print(int("257") is int("257"), int("-6") is int("-6"), int("-5") is int("-5"), int("256") is int("256"))
k256 = 256
k257 = 257
print((200 + int("56")) is k256, (200 + int("57")) is k257)
x = int("100")
y = 50 * 2
print(x is y)
big1 = 2 ** int("10")
big2 = 2 ** int("10")
print(big1 is big2, big1 == big2)
a = 0
for i in range(256):
    a += 1
print(a is k256)
a += 1
print(a is k257, a == k257)
neg = -int("5")
km5 = -5
print(neg is km5, -int("6") is -int("6"))
