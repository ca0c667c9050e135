class Reporter:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # which module globals are still bound when this runs at exit
        print("__del__", self.name, "sees setting =", setting, "and r1 is None:", r1 is None)


setting = "on"
r1 = Reporter("r1")
r2 = Reporter("r2")
print("end of main")
