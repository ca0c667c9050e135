class Outer:
    class Inner:
        class Innermost:
            value = 3
        def method(self):
            class Local(Outer.Inner):
                pass
            return Local
    attr = Inner.Innermost.value
