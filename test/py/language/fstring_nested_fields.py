width, prec, align, fill = 12, 3, "^", "*"
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:{fill}{align}{width}.{prec}}]")
print(f"[{'text':{fill}>{width - 4}}]")
spec = ".2e"
print(f"[{value:{spec}}] [{value:>{width}{spec}}]")
for w in range(3, 7):
    print(f"[{w:{w}}] [{'x' * w:>{w + 2}}]")
types = "bdox"
print(" ".join(f"{42:{t}}" for t in types))
print(f"{'nested {braces}'}", f"{{{value:.1f}}}", f"{{}}{{", f"{{{{}}}}")
print(f"{f'{value:.2f}':>10}|")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in table:
    print(f"{name:<{width // 2}}|{price:>{prec + 4}.{prec - 1}f}|{qty:0{prec}d}|")
print(f"{value!r:>{width}}|{value!s:<{width}}|")
print(f"{value:{''}}")
