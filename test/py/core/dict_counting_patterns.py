text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
inv = {}
for k, v in freq.items():
    inv.setdefault(v, []).append(k)
print(inv)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = max(letters, key=letters.get)
print(top, letters[top], len(letters))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
