people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("dee", 25, "nyc"), ("ed", 40, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: (p[2], p[1]), reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower))
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=lambda k: data[k]))
print(sorted(data.items(), key=lambda kv: kv[1], reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=lambda n: (abs(n), n < 0))
print(nums)
print(sorted(range(10), key=lambda n: (n % 3, -n)))
