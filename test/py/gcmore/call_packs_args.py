# Calls through _PyObject_MakeTpCall pack their arguments into a tuple (and keywords
# into a dict). After a full collection the tuple free lists are empty, so whether a
# call packed its arguments shows in how many new tuples the next line costs.
import gc
import sys

gc.disable()


class Plain:
    def __init__(self, x=None, y=None):
        self.x = x


class Meta(type):
    def __call__(cls, *args):
        return 1


class WithMeta(metaclass=Meta):
    pass


class Callable:
    def __call__(self, x):
        return x


class ListChild(list):
    def __init__(self, x):
        super().__init__(x)


class Err(Exception):
    pass


keep = [None]
callable_obj = Callable()
s1 = set()
d1 = {}


def fresh_pairs(x):
    # four new 2-tuples: how many came off the free list?
    return (x, 1), (x, 2), (x, 3), (x, 4)


def fresh_singles(x):
    return (x,), (x,), (x,), (x,)


def free_after(call, make):
    keep[0] = None
    make(0)
    gc.collect()
    call()
    before = gc.get_count()
    made = make(before)
    after = gc.get_count()
    return 4 - (after[0] - before[0] - 2)


CASES = [
    ("Plain(1)", lambda: Plain(1), fresh_singles),
    ("Plain(1, 2)", lambda: Plain(1, 2), fresh_pairs),
    ("Plain(x=1)", lambda: Plain(x=1), fresh_singles),
    ("WithMeta(1)", lambda: WithMeta(1), fresh_singles),
    ("callable_obj(1)", lambda: callable_obj(1), fresh_singles),
    ("ListChild([1])", lambda: ListChild([1]), fresh_singles),
    ("Err('x')", lambda: Err("x"), fresh_singles),
    ("Exception('x')", lambda: Exception("x"), fresh_singles),
    ("int('5')", lambda: int("5"), fresh_singles),
    ("float('5')", lambda: float("5"), fresh_singles),
    ("bytes(5)", lambda: bytes(5), fresh_singles),
    ("list([1])", lambda: list([1]), fresh_singles),
    ("slice(1, 2)", lambda: slice(1, 2), fresh_pairs),
    ("max(1, 2)", lambda: max(1, 2), fresh_pairs),
    ("'ab'.find('b')", lambda: "ab".find("b"), fresh_singles),
    ("'{}'.format(1)", lambda: "{}".format(1), fresh_singles),
    ("'ab'.replace('a', 'b')", lambda: "ab".replace("a", "b"), fresh_pairs),
    ("s1.union([1])", lambda: s1.union([1]), fresh_singles),
    ("d1.update({})", lambda: d1.update({}), fresh_singles),
    ("sys.getsizeof(1)", lambda: sys.getsizeof(1), fresh_singles),
    ("gc.get_referents(d1)", lambda: gc.get_referents(d1), fresh_singles),
    ("gc.is_tracked(d1)", lambda: gc.is_tracked(d1), fresh_singles),
    ("object.__new__(Plain)", lambda: object.__new__(Plain), fresh_singles),
    ("int.__new__(int, 5)", lambda: int.__new__(int, 5), fresh_pairs),
    ("object.__setattr__(p, 'y', 1)", lambda: object.__setattr__(Plain(), "y", 1), fresh_pairs),
    ("(1).__add__(2)", lambda: (1).__add__(2), fresh_singles),
]

for label, call, make in CASES:
    print(label, free_after(call, make))


def str_site():
    return str(5)


# the first str(x) at a call site packs its argument; the site then specialises
for run in range(3):
    print("str(5) run", run, free_after(str_site, fresh_singles))

# gc.get_referrers does not report the tuple its own call packed
a = []
b = [a]
print(len(gc.get_referrers(a)))
gc.enable()
