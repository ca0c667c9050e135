# string.Formatter: parse, auto and manual numbering, attributes and items, nested specs, errors.
from string import Formatter

f = Formatter()
class P:
    x = 3
    items = ['zero', 'one']
print(f.format('{} + {} = {}', 1, 2, 3), f.format('{1}{0}{1}', 'a', 'b'), f.format('{name}!', name='hi'))
print(f.format('{0.x} {0.items[1]} {d[key]} {d[3]}', P, d={'key': 'v', 3: 'int key'}))
print(f.format('{0!r} {0!s} {0!a} {0:>6}|{0:^7}|', 'é'), f.format('{:{w}.{p}f}', 3.14159, w=8, p=3))
print(f.format('{{literal}} {0}', 'x'), f.format('{:,}', 1234567), f.vformat('{0}{a}', (1,), {'a': 2}))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}e{}')), list(f.parse('')), list(f.parse('}}{{')))
print(f.get_field('0.x', (P,), {}), f.get_value(0, ['v'], {}), f.convert_field(5, 'r'), f.format_field(3, '03d'))

class Loud(Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f'<{key}>') if isinstance(key, str) else args[key]
print(Loud().format('{a} {b} {0}', 'z', a='quiet'))
for fmt, args, kwargs in [('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{0!x}', (1,), {}), ('{0!}', (1,), {}),
                          ('{} {0}', (1,), {}), ('{0} {}', (1,), {}), ('{a[}', (), {'a': 1}), ('{0.}', (1,), {}),
                          ('{0[0]x}', ([1],), {}), ('{a{b}}', (), {}), ('{1}', (1,), {}), ('{k}', (), {}),
                          ('{0:{1:{2:{3}}}}', (1, 2, 3, 4), {}), ('{0!rr}', (1,), {})]:
    try:
        print(repr(f.format(fmt, *args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(fmt, type(e).__name__, e)
