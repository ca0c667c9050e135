import contextlib


class Timer:
    def __enter__(self):
        self.start = now()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = now() - self.start
        return False


@contextlib.contextmanager
def suppressing(*errors):
    try:
        yield
    except errors as e:
        print("suppressed", type(e).__name__)


def run(tasks):
    results = {}
    with Timer() as t, suppressing(KeyError, IndexError):
        for name, task in tasks.items():
            try:
                results[name] = task()
            except ValueError as err:
                results[name] = err
                continue
            except Exception:
                raise
            else:
                print(f"{name}: ok")
            finally:
                print("done", name)
    assert t.elapsed >= 0, "clock went backwards"
    return results
