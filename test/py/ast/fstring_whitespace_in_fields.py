f"{ x }"
f"{  x  !r}"
f"{x :>10}"
f"{ x:>10}"
f"{x!r :>10}" if False else f"{x!r:>10 }"
f"{ (x, y) }"
f"{ x
}"
