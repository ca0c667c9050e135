# singledispatch (by class, along the MRO) and partialmethod
import functools

@functools.singledispatch
def show(x):
    return f"object {x!r}"

@show.register(int)
def _(x):
    return f"int {x}"

@show.register(list)
def _(x):
    return f"list of {len(x)}"

show.register(float, lambda x: f"float {x:.1f}")
print(show("s"), show(3), show(True), show([1, 2]), show(2.5), show(None))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "?", show.dispatch(str) is show.__wrapped__)
print(sorted(t.__name__ for t in show.registry))

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"
    @area.register(int)
    def _(self, arg):
        return arg * arg
print(Shape().area(3), Shape().area("x"))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive, type(Cell.__dict__["set_alive"]).__name__)
print(repr(Cell.__dict__["set_alive"]).split(" at ")[0])
