people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 35)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, -1, 2, -5, 4]
nums.sort(key=abs)
print(nums)
print(sorted([3.5, 1, 2.25, -0.5, 10 ** 20, True]))
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted({5, 2, 9}))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
