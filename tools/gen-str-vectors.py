#!/usr/bin/env python3
"""Expected values for test/objects/str.test.ts and bytes.test.ts, from CPython 3.12.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-str-vectors.py > test/fixtures/str.json
      PYENV_VERSION=3.12.1 python3 tools/gen-str-vectors.py --tables   (Unicode tables of strmethods.ts)

Values are encoded for JSON: a JSON string is a str, a number an int, null None,
true/false bools, {"t": [...]} a tuple, {"l": [...]} a list, {"b": "hex"} bytes,
{"f": "repr"} a float. An outcome is {"r": repr(result), "same": identity} or
{"e": "Type: message"}; `same` says whether the result (or each item of a list or
tuple result) is the receiver object itself.
"""
import json
import sys

assert sys.version_info[:2] == (3, 12), sys.version


def enc(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if abs(v) < 2**53 else {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def fresh(s):
    # a new object (not a compile-time constant), as the TS side builds it with newStr
    # (one-character latin-1 strings are the cached singletons, as pyarena's newStr gives)
    if len(s) == 1:
        return chr(ord(s))
    return s if len(s) == 0 else "".join(list(s))


def outcome(fn, recv):
    try:
        r = fn()
    except Exception as e:
        return {"e": f"{type(e).__name__}: {e}"}
    out = {"r": repr(r)}
    if isinstance(r, (str, bytes)):
        out["same"] = r is recv
    elif isinstance(r, (list, tuple)):
        out["same"] = [x is recv for x in r]
    return out


STRINGS = [
    "", "a", "abc", "Hello World", "  hello  ", "\t a b\n c \r\n", "héllo wörld", "ÀÉÎõü", "ß", "ǅungla",
    "ΣΑΣ ΟΔΟΣ", "İstanbul", "ﬁnal", "дом Дом", "日本語テキスト", "𝒜𝒷𝒸 𝔡", "a😀b😀c", "١٢٣", "²³", "½⅓", "一二三",
    "   ", "\x1c\x1d\x1e\x1f", "\u2028x\u2029y\x85z\x0bw\x0cv", "a,b,,c,", "one two  three", "x\ty\tz\n\tw",
    "MiXeD CaSe", "hello_world1", "1abc", "+42", "-7", "aaa", "abcabcabc", "it's", "\x00\x7f", "ǈ", "Σ", "aΣ",
    "ΑΣ΄Σ b", "hello world", "Title Case String", "UPPER", "lower", "\u00a0\u3000x", "ab\u0301c", "ᾳ", "ŉ",
    "they're bill's friends", "ǆemal ǈ", "ﬃ Straße", "ΌΣΟΣ Σ-Σ ΣΑ", "a\u03a3\u0301b \u03a3\u0301", "Ꭰꭰ", "x\u0345Σ",
    "\U0001d400\U0001d41a", "\U00010400\U00010428", "a\u0300b", "12\u00bd", "\u2160\u2161", "\u0e51\u0e52",
    "\ud800x", "lone\udc80", "   lead", "trail\t\n", "\r\n\r\n", "a\rb\nc\r\nd", "tab\there\t",
]

M0 = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha", "isalnum",
      "isspace", "isupper", "islower", "istitle", "isdecimal", "isnumeric", "isidentifier", "isprintable",
      "isascii"]

CALLS = {
    "split": [[], [None], [","], [" "], ["a"], ["ab"], [None, 1], [",", 1], [None, 0], [",", 0], [""], [1], ["a", -1]],
    "rsplit": [[], [None], [","], [" "], ["a"], ["ab"], [None, 1], [",", 1], [None, 0], [",", 0], [""]],
    "strip": [[], [None], ["a"], [" h"], ["ab"], ["😀"], [1], ["a", "b"]],
    "lstrip": [[], ["a"], [" h"], ["Σ"]],
    "rstrip": [[], ["a"], ["\n\r "], ["c😀"]],
    "replace": [["a", "X"], ["a", "X", 1], ["", "-"], ["", "-", 2], ["ab", ""], ["o", "0", -1], ["x", "y"],
                [1, 2], ["a"], ["l", "L", 0], ["😀", "!"], ["Σ", "σσ"]],
    "find": [["a"], ["b", 1], ["a", -3], ["a", 1, -1], [""], ["", 10], ["😀"], ["c", None, 2], [1], ["o", 5],
             ["b", "x"], ["c", 2**70]],
    "rfind": [["a"], ["b", 1], ["a", -3], [""], ["", 2], ["😀"], ["o", 0, 5]],
    "index": [["a"], ["z"], ["b", 1, 3]],
    "rindex": [["a"], ["z"], ["c", -4]],
    "count": [["a"], [""], ["", 3], ["ab"], ["a", 1], ["😀"], ["", 1, 2], ["l", -5, -1], []],
    "startswith": [["a"], ["He"], [("x", "a")], ["", 3], ["", 100], ["b", 1], ["c", 0, -1], [1], [(1,)], [()]],
    "endswith": [["c"], ["ld"], [("x", "c")], [""], ["b", 0, 2], ["😀c"], [1]],
    "zfill": [[5], [0], [10], ["a"]],
    "center": [[10], [10, "*"], [2], [9, "é"], [11, "😀"], [10, "ab"], [10, 1], [12]],
    "ljust": [[10], [10, "-"], [0]],
    "rjust": [[10], [10, "0"], [-5]],
    "partition": [[","], [" "], ["l"], ["xyz"], [""], [1]],
    "rpartition": [[","], [" "], ["l"], ["xyz"], [""]],
    "splitlines": [[], [True], [False]],
    "expandtabs": [[], [4], [0], [1]],
    "removeprefix": [["a"], ["He"], [""], ["abc"], [1]],
    "removesuffix": [["c"], ["ld"], [""], ["abc"]],
    "encode": [[], ["ascii"], ["latin-1"], ["ascii", "ignore"], ["ascii", "replace"], ["latin-1", "backslashreplace"],
               ["ascii", "xmlcharrefreplace"], ["utf-8"], ["UTF8"], ["bogus"], ["ascii", "bogus"], [1]],
    "join": [[["a", "b", "c"]], [[]], [["x"]], [("p", "q")], [[1]], ["xyz"], [["a", 2]], [5]],
}

# argument errors (checked on one receiver each)
ARGERRORS = [
    ("expandtabs", [1.5]), ("expandtabs", [2**40]), ("zfill", [1.5]), ("center", [1.5]), ("center", [2**70]),
    ("ljust", [None]), ("count", ["a", 1.5]), ("split", [",", 1.5]), ("split", [",", 2**70]), ("splitlines", [1, 2]),
    ("encode", ["utf-8", 1]), ("encode", ["utf-8", "strict", 1]), ("__format__", [1]), ("__format__", [None]),
    ("replace", ["a", "b", 1.5]), ("replace", ["a", "b", 1, 2]), ("replace", [None, "b"]), ("startswith", ["a", 1.5]),
    ("translate", [1]), ("partition", [None]), ("rsplit", [",", 1, 2]), ("zfill", [-3]), ("removeprefix", [None]),
    ("removesuffix", [b"x"]), ("index", ["c", 3, 4]), ("format_map", [1]), ("join", [("x", 1)]), ("center", [5, None]),
    ("find", ["a", None, None]), ("count", ["a", True]), ("rjust", [True]), ("encode", [None]),
]

KWCALLS = [
    ("split", [], {"maxsplit": 1}), ("split", [], {"sep": "a", "maxsplit": 1}), ("rsplit", [None], {"maxsplit": 1}),
    ("splitlines", [], {"keepends": True}), ("expandtabs", [], {"tabsize": 2}),
    ("encode", [], {"errors": "replace", "encoding": "ascii"}), ("encode", ["ascii"], {"errors": "ignore"}),
    ("split", [], {"foo": 1}), ("split", [","], {"sep": ","}),
]


def fuzz_cases(n=4000):
    """Random receivers and arguments over a small alphabet (fixed seed)."""
    import random
    rnd = random.Random(312)
    alphabet = ["a", "b", "ab", " ", "\t", "\n", "é", "日", "😀", "Σ", ",", "\x1c", "\u2028", "A", "1"]

    def rs(k):
        return "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(k)))

    def idx():
        return rnd.choice([None, rnd.randrange(-12, 12)])

    out = []
    for _ in range(n):
        s0 = rs(10)
        m = rnd.choice(["find", "rfind", "count", "index", "rindex", "startswith", "endswith", "split", "rsplit",
                        "replace", "strip", "lstrip", "rstrip", "partition", "rpartition", "splitlines", "expandtabs",
                        "center", "zfill", "title", "swapcase", "lower", "upper", "casefold", "capitalize"])
        if m in ("find", "rfind", "count", "index", "rindex", "startswith", "endswith"):
            args = [rs(3)] + [idx() for _ in range(rnd.randrange(3))]
            if args[1:2] == [None] and len(args) == 2 and m in ("startswith", "endswith"):
                pass
        elif m in ("split", "rsplit"):
            args = [rnd.choice([None, rs(3) or "a"]), rnd.randrange(-1, 4)]
        elif m == "replace":
            args = [rs(3), rs(3), rnd.randrange(-1, 4)]
        elif m in ("strip", "lstrip", "rstrip"):
            args = rnd.choice([[], [rs(4)]])
        elif m in ("partition", "rpartition"):
            args = [rs(3) or "a"]
        elif m == "splitlines":
            args = [rnd.random() < 0.5]
        elif m == "expandtabs":
            args = [rnd.randrange(-1, 6)]
        elif m == "center":
            args = [rnd.randrange(0, 14), rnd.choice(["*", "é", "😀"])]
        elif m == "zfill":
            args = [rnd.randrange(0, 14)]
        else:
            args = []
        s = fresh(s0)
        args = [fresh(a) if isinstance(a, str) else a for a in args]
        out.append([s0, m, [enc(a) for a in args], None, outcome(lambda: getattr(s, m)(*args), s)])
    return out


def method_cases():
    cases = []
    for s0 in STRINGS:
        for m in M0:
            s = fresh(s0)
            cases.append([s0, m, [], None, outcome(lambda: getattr(s, m)(), s)])
        for m, arglists in CALLS.items():
            for args in arglists:
                s = fresh(s0)
                args = [fresh(a) if isinstance(a, str) else a for a in args]
                cases.append([s0, m, [enc(a) for a in args], None, outcome(lambda: getattr(s, m)(*args), s)])
        if s0 in ("abcabcabc", "a😀b😀c"):
            for m, args in ARGERRORS:
                s = fresh(s0)
                cases.append([s0, m, [enc(a) for a in args], None, outcome(lambda: getattr(s, m)(*args), s)])
        for m, args, kw in KWCALLS:
            s = fresh(s0)
            cases.append([s0, m, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()},
                          outcome(lambda: getattr(s, m)(*args, **kw), s)])
    return cases


SLOT_STRINGS = ["", "a", "abc", "héllo", "a😀b😀c", "日本語", "Hello World"]
KEYS = [0, 1, -1, 2, -3, 5, 10**20, 1.0, "a", True, slice(None), slice(1, None), slice(None, None, -1),
        slice(None, None, 2), slice(1, 4, 2), slice(-2, None), slice(10, 20), slice(4, 0, -1), slice(None, None, 0),
        slice(0, 100), slice("a", None)]


def slot_cases():
    cases = []
    for s0 in SLOT_STRINGS:
        for k in KEYS:
            s = fresh(s0)
            key = {"slice": [enc(k.start), enc(k.stop), enc(k.step)]} if isinstance(k, slice) else enc(k)
            cases.append([s0, "getitem", [key], None, outcome(lambda: s[k], s)])
        for n in [-1, 0, 1, 2, 3]:
            s = fresh(s0)
            cases.append([s0, "repeat", [n], None, outcome(lambda: s * n, s)])
        for other in ["", "x", "abc", "😀", 1]:
            s = fresh(s0)
            cases.append([s0, "concat", [enc(other)], None, outcome(lambda: s + other, s)])
            cases.append([s0, "contains", [enc(other)], None, outcome(lambda: other in s, s)])
        for other in ["", "a", "abc", "abd", "ab", "😀", "\uffff", "b", "Hello", "日本"]:
            s = fresh(s0)
            cases.append([s0, "compare", [other], None, outcome(lambda: (s < other, s <= other, s == other,
                                                                         s != other, s > other, s >= other), s)])
        s = fresh(s0)
        cases.append([s0, "iter", [], None, outcome(lambda: list(iter(s)), s)])
        cases.append([s0, "itertype", [], None, outcome(lambda: type(iter(s)).__name__, s)])
        cases.append([s0, "len", [], None, outcome(lambda: len(s), s)])
        cases.append([s0, "sizeof", [], None, outcome(lambda: sys.getsizeof(s), s)])
        cases.append([s0, "repr", [], None, outcome(lambda: repr(s), s)])
        for spec in ["", "10", "<10", "^10", "*>10", ".2", "10.3", "s", "x", "=10", "+", "^", "0", "3"]:
            s = fresh(s0)
            cases.append([s0, "__format__", [spec], None, outcome(lambda: format(s, spec), s)])
    return cases


FORMATS = [
    ("{}", [1], {}), ("{} {}", ["a", "b"], {}), ("{0}{1}{0}", ["x", "y"], {}), ("{a}-{b}", [], {"a": 1, "b": "B"}),
    ("{0!r}", ["hi"], {}), ("{0!s:>5}", ["hi"], {}), ("{0!a}", ["é😀"], {}), ("{:>{}}", ["x", 4], {}),
    ("{:{}{}}", ["x", "^", 5], {}), ("{0:{1}}", ["abc", "s"], {}), ("{:{:{}}}", [1, 2, 3], {}),
    ("{{}}", [], {}), ("{{{}}}", [7], {}), ("{", [], {}), ("}", [], {}), ("{0!x}", [1], {}), ("{0!}", [1], {}),
    ("{0!rr}", [1], {}), ("{0[}", [1], {}), ("{0]}", [1], {}), ("{0.}", [1], {}), ("{0[0]x}", [[1]], {}),
    ("{0[1]}", [["a", "b"]], {}), ("{0[1][0]}", [["a", "bc"]], {}), ("{0}{}", [1, 2], {}), ("{}{0}", [1, 2], {}),
    ("{5}", [1, 2], {}), ("{}", [], {}), ("{a", [], {}), ("{0:", [], {}), ("{x}", [], {}), ("plain", [], {}),
    ("{!r}", ["q"], {}), ("{:*^9}", ["mid"], {}), ("{:.1}", ["abc"], {}), ("{0} {0:5} {0!r:>7}", ["ab"], {}),
    ("{:d}", [42], {}), ("{:5d}|{:<5}|{:x}", [42, 7, 255], {}), ("{٠}", ["arabic zero"], {}),
    ("{0:{a}}", ["v"], {"a": ">4"}), ("{a[0]}", [], {"a": ["z"]}), ("{!z}", [1], {}), ("{0{}", [1], {}),
    ("{:s}", [1], {}), ("{}", ["😀"], {}), ("ä{}ö", ["ü"], {}),
    ("{a[x]}", [], {"a": {"x": 5}}), ("{0[k]}", [{"k": "v"}], {}), ("{:^}", ["c"], {}), ("{:𝒜^7}", ["c"], {}),
    ("{0:}", ["e"], {}), ("{0!s}", ["s"], {}), ("{0!a}", ["a"], {}), ("{00}", ["z"], {}), ("{0[-1]}", [{"-1": 1}], {}),
    ("{0:{1}{2}}", ["x", ">", "", 1], {}), ("}}{{", [], {}), ("{!}", [1], {}), ("{:", [1], {}), ("{0:{}}", [1, 2], {}),
    ("{0}", ["a" * 3], {}), ("x{}", [""], {}), ("{}{}", ["", "ab"], {}), ("{!r}", [1], {}),
]

FORMAT_MAP = [("{a}", {"a": 1}), ("{a} {b}", {"a": "x", "b": "y"}), ("{0}", {}), ("{a[0]}", {"a": [1]}),
              ("{a!r:>6}", {"a": "q"}), ("{}", {"x": 1}), ("{missing}", {"a": 1}), ("plain", {}), ("{a}", {"a": "whole"})]

PERCENT = [
    ("%s", "x"), ("%s", ("x",)), ("%s %s", ("a", "b")), ("%r", "a'b"), ("%a", "é😀"), ("%d", 42), ("%i", -7),
    ("%u", 3), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 5), ("% d", 5), ("%x", 255), ("%X", 255),
    ("%#x", 255), ("%#o", 8), ("%o", 8), ("%e", 1.5), ("%E", 12345.678), ("%f", 3.14159), ("%.2f", 2.675),
    ("%10.3f|", -1.5), ("%g", 0.0001), ("%G", 1e20), ("%F", float("inf")), ("%c", 65), ("%c", "z"), ("%c", "ab"),
    ("%c", 1.5), ("%c", 2**40), ("%c", -1), ("%%", ()), ("100%%", ()), ("%5%", ()), ("%5%", (1,)), ("%s", ()),
    ("%s %s", ("a",)), ("abc", 1), ("abc", ()), ("abc", [1]), ("%(a)s", 1), ("%(a", ()), ("%", ()), ("%*d", (5, 1)),
    ("%-*d|", (5, 1)), ("%*d", ("a", 1)), ("%.*f", (2, 3.14159)), ("%.*d", ("a", 1)), ("%x", 1.5), ("%d", "1"),
    ("%e", "1"), ("%y", 1), ("%ld", 5), ("%d", 3.99), ("%d", -3.99), ("%x", -255), ("%.3s", "abcdef"),
    ("%5s|", "ab"), ("%-5s|", "ab"), ("%5s", "abcdefg"), ("%.0s", "abc"), ("%d", True), ("%s", 10**30),
    ("%d", 10**30), ("%.5d", 42), ("%#X", 255), ("%+.3e", 12345.0), ("%s-%s", (1, 2)), ("%c%c", (0x1F600, "é")),
    ("%(", ()), ("%s", (1, 2)), ("%d", float("nan")), ("%d", float("inf")), ("%r", 5), ("%a", 5), ("%5r", 5),
    ("%-08.3f|", 3.14159), ("%08.3f", -3.14159), ("% 08.3f", 3.14159), ("%#.0f", 3.0), ("%#g", 1.0),
    ("é%sè", "ü"), ("😀%d", 1), ("%s😀", "x"),
    ("%(a)s-%(b)d", {"a": "x", "b": 2}), ("%(a)s %s", {"a": 1}), ("%(a)r", {"a": "q"}), ("%(a(b))s", {"a(b)": 1}),
    ("%(a)*d", {"a": 1}), ("%(x)s", {"a": 1}), ("%()s", {"": "empty"}), ("no fields", {"a": 1}), ("%(a)5.2f|", {"a": 3.14159}),
    ("%s", ("whole",)), ("%s%s", ("", "ab")), ("%.1s", "ab"), ("%c", 0xe9), ("%5c|", "x"), ("%-3c|", 65),
    ("%+s", "x"), ("%#d", 5), ("%i%%", 50), ("%.2e", 0.0), ("%g", 1e-5), ("%.3g", 1234567.0), ("%#.3g", 1.0),
    ("%+s", "xyz"), ("% s", "xyz"), ("%-2s", "xyz"), ("%3s", "xyz"), ("%.3s", "xyz"), ("%4s", "xyz"),
    ("%x", True), ("%o", -8), ("%.0f", 0.5), ("%.0f", 1.5), ("%e", 10**400), ("%d", 2**64), ("%s", -0.0),
]


def format_cases():
    cases = []
    for fmt, args, kw in FORMATS:
        f = fresh(fmt)
        cases.append([fmt, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()},
                      outcome(lambda: f.format(*args, **kw), f), "same_arg0" if False else None])
        if args and isinstance(args[0], str):
            a0 = fresh(args[0])
            r = None
            try:
                r = f.format(a0, *args[1:], **kw)
            except Exception:
                pass
            cases[-1][4] = r is a0 if r is not None else None
    for fmt, mapping in FORMAT_MAP:
        f = fresh(fmt)
        cases.append([fmt, [], {"__map__": enc(mapping)}, outcome(lambda: f.format_map(mapping), f), None])
    pcases = []
    for fmt, args in PERCENT:
        f = fresh(fmt)
        a = fresh(args) if isinstance(args, str) else args
        o = outcome(lambda: f % a, f)
        arg_same = None
        if "r" in o:
            arg_same = (f % a) is a
        pcases.append([fmt, enc(args), o, arg_same])
    return cases, pcases


BYTES = [b"", b"a", b"abc", b"hello world", b"  pad  ", b"a,b,,c", b"\x00\xff\x80", b"caf\xc3\xa9", b"\xe2\x82",
         b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"AbC", b"'\"", b"x\ty\n", b"Title Case", b"-42", b"a\r\nb\rc\n",
         b"UPPER", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"ok\xe2\x82\xacok"]
BCALLS = {
    "decode": [[], ["ascii"], ["latin-1"], ["utf-8", "replace"], ["utf-8", "ignore"], ["ascii", "replace"],
               ["utf-8", "backslashreplace"], ["utf-8", "surrogateescape"], ["bogus"]],
    "hex": [[], [":"], ["-", 2], ["-", -2], [1], ["::"], [b"|", 1]],
    "split": [[], [b","], [None, 1], [b"a"], [","]],
    "rsplit": [[], [b","], [None, 1]],
    "strip": [[], [b"a"], [None], ["a"]],
    "lstrip": [[], [b" a"]],
    "rstrip": [[], [b" c"]],
    "replace": [[b"a", b"X"], [b"", b"-"], [b"l", b"L", 1], [b"z", b"y"]],
    "find": [[b"a"], [97], [b"b", 1], [b""], [256], ["a"]],
    "rfind": [[b"a"], [b"l"]],
    "index": [[b"z"], [b"a"]],
    "count": [[b"a"], [b""], [108]],
    "startswith": [[b"a"], [(b"x", b"h")], ["a"], [b"", 1]],
    "endswith": [[b"d"], [(b"x", b"c")]],
    "upper": [[]], "lower": [[]], "isascii": [[]],
    "join": [[[b"x", b"y"]], [[]], [[b"only"]], [["s"]]],
    "isalpha": [[]], "isdigit": [[]], "isalnum": [[]], "isspace": [[]], "isupper": [[]], "islower": [[]],
    "istitle": [[]], "title": [[]], "capitalize": [[]], "swapcase": [[]],
    "center": [[9], [9, b"*"], [1], [9, "*"], [9, b"ab"], [9, None]], "ljust": [[6, b"."]], "rjust": [[6]], "zfill": [[6], [1]],
    "partition": [[b","], [b" "], [b"zz"], [b""], [","]], "rpartition": [[b","], [b"zz"]],
    "splitlines": [[], [True]], "expandtabs": [[], [2]], "removeprefix": [[b"a"], [b""], [b"zzzzzzzzzzzzzzzzz"]],
    "removesuffix": [[b"c"], [b"abc"]],
}


def bytes_cases():
    cases = []
    for b0 in BYTES:
        for m, arglists in BCALLS.items():
            for args in arglists:
                b = bytes(bytearray(b0))
                cases.append([b0.hex(), m, [enc(a) for a in args], outcome(lambda: getattr(b, m)(*args), b)])
        for k in [0, -1, 1, 5, slice(None), slice(1, None), slice(None, None, -1), "x"]:
            b = bytes(bytearray(b0))
            key = {"slice": [enc(k.start), enc(k.stop), enc(k.step)]} if isinstance(k, slice) else enc(k)
            cases.append([b0.hex(), "getitem", [key], outcome(lambda: b[k], b)])
        for other in [b"", b"a", b"zz", "s", 97, 300]:
            b = bytes(bytearray(b0))
            cases.append([b0.hex(), "concat", [enc(other)], outcome(lambda: b + other, b)])
            cases.append([b0.hex(), "contains", [enc(other)], outcome(lambda: other in b, b)])
        for n in [0, 1, 3]:
            b = bytes(bytearray(b0))
            cases.append([b0.hex(), "repeat", [n], outcome(lambda: b * n, b)])
        b = bytes(bytearray(b0))
        cases.append([b0.hex(), "repr", [], outcome(lambda: repr(b), b)])
        cases.append([b0.hex(), "iter", [], outcome(lambda: list(b), b)])
        cases.append([b0.hex(), "sizeof", [], outcome(lambda: sys.getsizeof(b), b)])
    ctor = [[], [3], [[1, 2, 255]], [[256]], [["a"]], ["abc"], ["abc", "ascii"], ["é", "ascii"], ["é", "latin-1"],
            [b"xyz"], [-1], [1.5], [(65, 66)], ["é", "utf-8", "strict"]]
    for args in ctor:
        cases.append(["", "bytes()", [enc(a) for a in args], outcome(lambda: bytes(*args), None)])
    bpercent = [(b"%s", b"x"), (b"%b", (b"ab",)), (b"%s %s", (b"a", b"b")), (b"%r", b"a'b"), (b"%a", "\xe9"), (b"%d", 42),
                (b"%5d|", 42), (b"%x", 255), (b"%#o", 8), (b"%.2f", 2.675), (b"%e", 1.5), (b"%c", 65), (b"%c", b"z"),
                (b"%c", 256), (b"%c", "z"), (b"%s", "str"), (b"%s", 5), (b"%%", ()), (b"abc", ()), (b"abc", 1),
                (b"%s", ()), (b"%(k)s", {b"k": b"v"}), (b"%(k)s", {"k": b"v"}), (b"%y", 1), (b"%", ()), (b"%-6s|", b"ab"),
                (b"%.1s", b"ab"), (b"\xff%s", b"\xfe"), (b"%r", 5), (b"%i", 3.9)]
    for fmt, args in bpercent:
        cases.append([fmt.hex(), "%", [enc(args)], outcome(lambda: fmt % args, None)])
    for s in ["", "00ff", "de ad be ef", "0g", "abc", " 1 2", "ABCD"]:
        cases.append(["", "fromhex", [s], outcome(lambda: bytes.fromhex(s), None)])
    return cases


def char_flags(c):
    f = 0
    for bit, ok in ((1, c.isalpha()), (2, c.isdecimal()), (4, c.isdigit()), (8, c.isnumeric()), (16, c.isupper()),
                    (32, c.islower()), (64, c.istitle()), (128, c.isspace()), (256, c.isprintable()),
                    (512, c.isidentifier()), (1024, ("a" + c).isidentifier()), (2048, c.isalnum())):
        if ok:
            f |= bit
    return f


def unicode_cases():
    """Predicates of every code point (run-length encoded [flags, count] pairs) and the
    full case mappings that are not the identity."""
    runs = []
    for o in range(sys.maxunicode + 1):
        f = char_flags(chr(o))
        if runs and runs[-1][0] == f:
            runs[-1][1] += 1
        else:
            runs.append([f, 1])
    maps = []
    for o in range(sys.maxunicode + 1):
        c = chr(o)
        m = [c.upper(), c.lower(), c.title(), c.casefold()]
        if any(x != c for x in m):
            maps.append([o] + m)
    return {"flags": runs, "maps": maps}


TRANSLATE = [(("ab", "xy"), "aabbcc"), (("ab", "xy", "c"), "abcabc"), (("é😀", "e!"), "é😀é"), (("", "", "l"), "hello"),
             (("abc", "ab"), "x"), ((1, "a"), "x"), (("a", 1), "x"), ((1,), "x"), (({"a": "AA", "b": None, 99: "C"},), "abcd"),
             (({"ab": 1},), "x"), (({1.5: 1},), "x"), (({"a": 0x1F600},), "banana"), (({"a": 1.5},), "a"),
             (({"a": 0x110000},), "a"), (({},), "same")]


def translate_cases():
    out = []
    for margs, s0 in TRANSLATE:
        s = fresh(s0)
        def run():
            return s.translate(str.maketrans(*margs))
        out.append([[enc(a) for a in margs], s0, outcome(run, s)])
    return out


BA_SCRIPTS = [
    ("", [["append", 1]] * 20),
    ("616263", [["iadd", "6465666768"], ["pop"], ["pop", 0], ["insert", 1, 90], ["insert", -100, 65], ["remove", 90],
                ["remove", 200], ["reverse"], ["clear"], ["pop"]]),
    ("00010203040506070809", [["setitem", 0, 255], ["setitem", -1, 7], ["setitem", 10, 1], ["setitem", 0, 256],
                              ["delitem", 3], ["setslice", 1, 3, None, "aabbcc"], ["setslice", 0, 8, 2, "01020304"],
                              ["setslice", 0, 8, 2, "01"], ["setslice", 2, 5, None, None], ["setslice", None, None, -2, None],
                              ["extend", "ffff"], ["extend_list", [1, 2, 300]], ["extend_list", [4, 5]]]),
    ("68656c6c6f", [["setslice", None, None, None, "776f726c64212121"], ["setslice", 0, 0, None, "3e3e"],
                    ["setslice", 100, 200, None, "3c"], ["getslice", 1, 4, None], ["getslice", None, None, -1],
                    ["getitem", 0], ["getitem", -1], ["getitem", 50], ["contains", 104], ["contains_b", "6c6c"],
                    ["concat", "21"], ["repeat", 2], ["clear"], ["extend", "6162"]]),
]


def bytearray_cases():
    out = []
    for init, script in BA_SCRIPTS:
        b = bytearray(bytes.fromhex(init))
        steps = []
        for op in script:
            name = op[0]
            try:
                if name == "append":
                    r = b.append(op[1])
                elif name == "iadd":
                    b += bytes.fromhex(op[1])
                    r = None
                elif name == "pop":
                    r = b.pop(*op[1:])
                elif name == "insert":
                    r = b.insert(op[1], op[2])
                elif name == "remove":
                    r = b.remove(op[1])
                elif name == "reverse":
                    r = b.reverse()
                elif name == "clear":
                    r = b.clear()
                elif name == "setitem":
                    b[op[1]] = op[2]
                    r = None
                elif name == "delitem":
                    del b[op[1]]
                    r = None
                elif name == "setslice":
                    sl = slice(op[1], op[2], op[3])
                    if op[4] is None:
                        del b[sl]
                    else:
                        b[sl] = bytes.fromhex(op[4])
                    r = None
                elif name == "extend":
                    r = b.extend(bytes.fromhex(op[1]))
                elif name == "extend_list":
                    r = b.extend(op[1])
                elif name == "getslice":
                    r = b[slice(op[1], op[2], op[3])]
                elif name == "getitem":
                    r = b[op[1]]
                elif name == "contains":
                    r = op[1] in b
                elif name == "contains_b":
                    r = bytes.fromhex(op[1]) in b
                elif name == "concat":
                    r = b + bytes.fromhex(op[1])
                elif name == "repeat":
                    r = b * op[1]
                res = repr(r)
            except Exception as e:
                res = f"{type(e).__name__}: {e}"
            steps.append([op, res, repr(b), sys.getsizeof(b)])
        out.append([init, steps])
    methods = []
    for b0 in BYTES[:10]:
        for m, arglists in BCALLS.items():
            for args in arglists:
                b = bytearray(b0)
                methods.append([b0.hex(), m, [enc(a) for a in args], outcome(lambda: getattr(b, m)(*args), None)])
    ctor = []
    for args in [[], [3], [[1, 2, 255]], [[256]], ["abc", "ascii"], [b"xyz"], [-1], [1.5], [(65, 66)], ["abc"]]:
        ctor.append([[enc(a) for a in args], outcome(lambda: bytearray(*args), None),
                     (lambda v: sys.getsizeof(v) if isinstance(v, bytearray) else None)(_try(lambda: bytearray(*args)))])
    return {"scripts": out, "methods": methods, "ctor": ctor}


def _try(f):
    try:
        return f()
    except Exception:
        return None


def ctor_cases():
    out = []
    for args, kw in [([], {}), (["abc"], {}), ([b"caf\xc3\xa9", "utf-8"], {}), ([b"ab"], {"encoding": "ascii"}),
                     ([b"\xff", "utf-8", "replace"], {}), (["a", "utf-8"], {}), ([1, "utf-8"], {}),
                     ([b"a", "utf-8", "strict", 1], {}), ([], {"foo": 1}), ([b"\xe9", "ascii"], {}),
                     ([b"\xe9"], {"errors": "ignore"}), ([b"x", "bogus"], {})]:
        out.append([[enc(a) for a in args], {k: enc(v) for k, v in kw.items()}, outcome(lambda: str(*args, **kw), None)])
    return out


def tables():
    allc = range(sys.maxunicode + 1)

    def ranges(os):
        r = []
        for o in os:
            if r and r[-1][1] == o - 1:
                r[-1][1] = o
            else:
                r.append([o, o])
        return "[" + ",".join(f"{a},{b}" for a, b in r) + "]"

    def mp(m):
        return "[" + ",".join(f"[{k},{json.dumps(v)}]" for k, v in m.items()) + "]"

    title = {o: chr(o).title() for o in allc if chr(o).title() != chr(o).upper()}
    fold = {o: chr(o).casefold() for o in allc if chr(o).casefold() != chr(o).lower()}
    print("const TITLE_EXCEPTIONS: [number, string][] = " + mp(title) + ";")
    print("const CASEFOLD_EXCEPTIONS: [number, string][] = " + mp(fold) + ";")
    print("const DIGIT_RANGES = " + ranges(o for o in allc if chr(o).isdigit() and not chr(o).isdecimal()) + ";")
    print("const NUMERIC_RANGES = " + ranges(o for o in allc if chr(o).isnumeric() and not chr(o).isdigit()) + ";")
    # NEW_SINCE_15 is the host's assigned code points among these (computed with node):
    cn = [o for o in allc if __import__("unicodedata").category(chr(o)) == "Cn"]
    print("// Cn code points in Unicode 15.0:", len(cn))


if __name__ == "__main__":
    if "--tables" in sys.argv:
        tables()
    else:
        fcases, pcases = format_cases()
        json.dump({"methods": method_cases() + fuzz_cases(), "slots": slot_cases(), "format": fcases, "percent": pcases,
                   "bytes": bytes_cases(), "ctor": ctor_cases(), "translate": translate_cases(), "bytearray": bytearray_cases(),
                   "unicode": unicode_cases()}, sys.stdout, ensure_ascii=True)
