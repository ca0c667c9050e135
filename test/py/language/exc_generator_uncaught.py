def records():
    yield {"id": 1, "value": 10}
    yield {"id": 2}
    yield {"id": 3, "value": 30}

def values(rows):
    for row in rows:
        yield row["value"]

def total():
    return sum(values(records()))

print("starting")
print(total())
