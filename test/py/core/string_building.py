parts = []
for i in range(5):
    parts.append("item%d" % i)
print(",".join(parts))
s = ""
for ch in "abc":
    s = s + ch * 2
print(s)
table = "\n".join(["{:<6}{:>4}".format(name, score) for name, score in [("ann", 90), ("bob", 7), ("cy", 100)]])
print(table)
row = "|".join([str(i).center(5) for i in range(3)])
print(row)
print("=" * 20)
print("%s=%r" % ("key", "val"), "{0}{0}".format("ab"))
