name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"{name} has {n} items")
print(f"{name!r} {name:>6} {name:<6}| {name:^7}|")
print(f"{n:05} {n:x} {n:#X} {n:b} {n:,} {-n:+} {n:e}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:.3e} {0.5:%} {pi:g}")
print(f"{items} {items[1]} {len(items)} {sum(items) * 2}")
w = 8
p = 3
print(f"{pi:{w}.{p}f}|{name:{'>'}{w}}|")
print(f"{'nested'} {f'{n}'} {n=} {pi=:.1f} {n + 1 = }")
print(f"{{literal}} {n}%")
d = {"a": 1}
print(f"{d['a']} {'x' if n > 10 else 'y'} {(lambda v: v * 2)(3)}")
print(f"{1000000:_} {1234.5:,.2f} {-0.0:.1f} {float('inf'):>6}")
