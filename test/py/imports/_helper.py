print("loading", __name__)
VALUE = 42
calls = []

def greet(name):
    calls.append(name)
    return f"hi {name}"

class Thing:
    def __repr__(self):
        return "Thing()"

if __name__ == "__main__":
    print("not printed when imported")
