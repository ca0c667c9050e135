def failing():
    yield 1
    raise ValueError("inside generator")

def consumer():
    for item in failing():
        print("item", item)

consumer()
