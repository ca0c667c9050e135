points = [(3, 4), (-1, 1), (0, -5), (2, 2), (1, -1)]
print(min(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(points, key=lambda p: p[1]), min(points, key=lambda p: p[1]))
words = ["aa", "b", "cc", "ddd", "e", "fff"]
print(max(words, key=len), min(words, key=len))
print(max(words, key=lambda w: (len(w), w)))
print(min([], key=lambda x: x, default="empty"))
print(max(3, 9, 4, key=lambda v: -v))
scores = {"ann": 88, "bob": 95, "cy": 95, "dee": 70}
print(max(scores, key=scores.get), min(scores, key=lambda k: scores[k]))
print(max(scores.items(), key=lambda kv: (kv[1], kv[0])))
try:
    min([], key=lambda x: x)
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, key=lambda v: None)
except TypeError as e:
    print("TypeError:", e)
