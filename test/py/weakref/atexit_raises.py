import atexit


class Failing:
    def __repr__(self):
        return "<Failing callback>"

    def __call__(self):
        print("failing callback runs")
        raise ValueError("atexit failure")


atexit.register(print, "registered first, still runs")
atexit.register(Failing())
atexit.register(print, "registered last, runs first")
print("end of main")
