class Flaky:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError("cleanup failed")
        return False

def work():
    with Flaky():
        print("working")
        raise ValueError("original problem")

work()
