results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
print("stopped at", i)
def first_int(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            pass
    return None
print(first_int(["a", "b", "42", "7"]), first_int([]))
