def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
print(rle("aaabccddddde"))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())
print(anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(" ".join([w[::-1] for w in "reverse each word".split()]))
print("%-10s|%5s|" % ("left", "right"), "{:>10}".format("r").replace(" ", "."))
