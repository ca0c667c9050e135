try:
    import fancy_json_parser_not_here as parser
    source = "fancy"
except ModuleNotFoundError as e:
    parser = None
    source = "fallback"
    print(type(e).__name__, e.name, isinstance(e, ImportError))
    print(e)
print(source, parser)

try:
    from sys import not_a_real_function
except ImportError as e:
    print(type(e).__name__, e.name)
    print(e)

try:
    from collections import defaultdict as dd
except ImportError:
    dd = dict
print(dd.__name__)

def load():
    try:
        import nope_one as mod
    except ImportError as e:
        print("no module", e.name)
        try:
            import nope_two as mod
        except ImportError as e:
            print("no module", e.name)
            import functools as mod
    return mod
print(load().__name__)

try:
    import missing_pkg_abc.sub
except ModuleNotFoundError as e:
    print(e.name, "|", e)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1:3])
