log = []

def tag(label):
    log.append("make " + label)
    def deco(func):
        log.append("apply " + label)
        def wrapper():
            log.append("enter " + label)
            r = func()
            log.append("leave " + label)
            return "<" + label + ">" + r + "</" + label + ">"
        return wrapper
    return deco

@tag("a")
@tag("b")
@tag("c")
def body():
    log.append("body")
    return "x"

for line in log:
    print(line)
log.clear()
print(body())
for line in log:
    print(line)
