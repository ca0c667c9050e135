def check(x):
    try:
        assert x > 0, "x must be positive, got %d" % x
        assert x < 100
        return "ok"
    except AssertionError as e:
        return "AssertionError(%r)" % (e.args,)
print(check(5), check(-3), check(500))
assert True
assert [1], "non-empty list is truthy"
try:
    assert (), "empty tuple"
except AssertionError as e:
    print(repr(e))
