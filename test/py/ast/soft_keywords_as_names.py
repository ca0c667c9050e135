match = 1
case = 2
type = 3
_ = 4
match(x)
match[x]
match.group(0)
print(match, case, type, _)
def f(match, case=None, type=int):
    return type(match)
obj.match = obj.type
