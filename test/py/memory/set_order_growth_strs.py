s = set()
for w in "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split():
    s.add(w)
    if len(s) in (4, 5, 18, 19, 20):
        print(len(s), list(s))
