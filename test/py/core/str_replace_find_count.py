s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-")[:12])
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"), s.find("t", 2, 10))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
print("abc".find(""), "abc".rfind(""), "abc".find("", 5), "".count(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
