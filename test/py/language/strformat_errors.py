cases = [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{5}", (1,), {}),
    ("{x}", (), {"y": 1}),
    ("{:d}", ("s",), {}),
    ("{:x}", (1.5,), {}),
    ("{0:=^}", ("abc",), {}),
    ("{0.attr}", (1,), {}),
    ("{0[0]}", (5,), {}),
    ("{:,s}", ("abc",), {}),
    ("{:%}", ("s",), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
