if (n := len(a)) > 10:
    print(n)
if m := re.match(p, s):
    print(m.group(0))
if x and (y := f(x)):
    pass
