#!/usr/bin/env python3
"""Emit CPython 3.12 reference vectors for pyarena's pure algorithm modules.

Run with the reference interpreter:

    PYENV_VERSION=3.12.1 python3 tools/gen-algorithm-vectors.py

It writes test/fixtures/pyhash.json, test/fixtures/formatspec.json and
test/fixtures/mt19937.json.  Every expected value comes from CPython itself.
Floats are written as 16 hex digits of their IEEE-754 bit pattern (big-endian)
so that -0.0, nan and inf survive JSON; big ints are written as decimal strings.
"""

import json
import os
import random as _random_module
import struct
import subprocess
import sys

assert sys.version_info[:2] == (3, 12), "run with PYENV_VERSION=3.12.1 python3"

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "test", "fixtures")
HASH_SEEDS = ["0", "1", "42", "4294967295", "12345"]


def fbits(x):
    return struct.pack(">d", x).hex()


def err(e):
    return {"error": f"{type(e).__name__}: {e}"}


# ---------------------------------------------------------------- hashing

def hash_strings():
    """Strings covering every internal kind, every tail length and odd cases."""
    rng = _random_module.Random(20240611)
    out = ["", "a", "abc", "hello world", "\x00", "\x00\x00", "\xff", "é", "café",
           "\u0100", "€", "日本語", "😀", "a😀", "😀" * 9, "\ud800", "a\udfff", "\uffff",
           "\U0010ffff", "x" * 1000, "é" * 333, "€" * 257, "🐍" * 100]
    # every length 0..40 so every SipHash tail length is hit for each kind
    for n in range(41):
        out.append("".join(chr(rng.randrange(32, 127)) for _ in range(n)))
        out.append("".join(chr(rng.randrange(128, 256)) for _ in range(n)))
        out.append("".join(chr(rng.randrange(256, 0xD800)) for _ in range(n)))
        out.append("".join(chr(rng.randrange(0x10000, 0x110000)) for _ in range(n)))
    # mixed kinds: the widest char decides the representation
    for _ in range(40):
        n = rng.randrange(1, 30)
        pools = [(0, 128), (128, 256), (256, 0xD800), (0xE000, 0x10000), (0x10000, 0x110000)]
        s = "".join(chr(rng.randrange(*rng.choice(pools))) for _ in range(n))
        out.append(s)
    return out


def hash_bytes_list():
    rng = _random_module.Random(7)
    out = [b"", b"a", b"abc", b"\x00", b"\xff" * 8, b"hello world", bytes(range(256))]
    for n in range(41):
        out.append(bytes(rng.randrange(256) for _ in range(n)))
    return out


def seeded_hashes():
    """Child mode: print str/bytes hashes under this process's PYTHONHASHSEED."""
    strs = hash_strings()
    bs = hash_bytes_list()
    print(json.dumps({
        "str": [str(hash(s)) for s in strs],
        "bytes": [str(hash(b)) for b in bs],
    }))


def hash_fixture():
    strs = hash_strings()
    bs = hash_bytes_list()
    by_seed = {}
    for seed in HASH_SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, __file__, "--seeded-hashes"], env=env,
                             check=True, capture_output=True, text=True)
        by_seed[seed] = json.loads(res.stdout)

    rng = _random_module.Random(99)
    ints = [0, 1, -1, -2, 2, 100, -100, 2**31 - 1, 2**31, 2**32, 2**53, 2**53 + 1, -(2**53),
            2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**62,
            2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**64), 10**30, -(10**30), 2**122 - 2,
            (2**61 - 1) * 2 - 1, 3**200, -(7**300), 9007199254740991, -9007199254740991]
    for _ in range(150):
        bits = rng.choice([8, 31, 52, 53, 60, 61, 62, 64, 100, 300])
        v = rng.getrandbits(bits)
        ints.append(-v if rng.random() < 0.5 else v)
    int_cases = [[str(v), str(hash(v))] for v in ints]

    floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, 0.1, 1e-300, 5e-324, -5e-324,
              2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
              float("inf"), float("-inf"), 2.0**53, 2.0**61, 2.0**62, 2.0**64, 2.0**-1074,
              1e16, 1e100, -1e100, 3.141592653589793, 1 / 3, 123456.789, 2.0**61 - 2.0**9]
    for _ in range(200):
        kind = rng.random()
        if kind < 0.4:
            x = rng.uniform(-1e6, 1e6)
        elif kind < 0.7:
            x = struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0]
            if x != x or x in (float("inf"), float("-inf")):
                continue
        else:
            x = float(rng.randrange(-2**70, 2**70))
        floats.append(x)
    float_cases = [[fbits(x), str(hash(x))] for x in floats]

    # NaN hashes by identity (_Py_HashPointer), like object()
    nan_cases = []
    for _ in range(5):
        x = float("nan")
        nan_cases.append([str(id(x)), str(hash(x))])
        o = object()
        nan_cases.append([str(id(o)), str(hash(o))])

    complexes = [0j, 1j, -1j, 1 + 1j, 1.5 - 2.5j, complex(1e300, -1e300), complex(float("inf"), 1),
                 complex(-0.0, 0.0), complex(3, 0), complex(0, 2**61 - 1.0)]
    for _ in range(60):
        complexes.append(complex(rng.uniform(-1e9, 1e9), rng.choice([0.0, rng.uniform(-100, 100)])))
    complex_cases = [[fbits(z.real), fbits(z.imag), str(hash(z))] for z in complexes]

    tuple_items = [(), (1,), (1, 2), (-1,), (-2,), (1, 2, 3), (0.5, -1, 2**70), ("a", "b"),
                   ((1, 2), (3,)), (None,) * 0, tuple(range(100)), (2**61 - 1, -(2**61 - 1)),
                   (1.0, 1), ("", b"")]
    for _ in range(80):
        n = rng.randrange(0, 12)
        tuple_items.append(tuple(rng.choice([rng.randrange(-10**6, 10**6), rng.getrandbits(64),
                                             rng.uniform(-5, 5), "s" * rng.randrange(5)])
                                 for _ in range(n)))
    tuple_cases = [[[str(hash(i)) for i in t], str(hash(t))] for t in tuple_items]

    sets = [frozenset(), frozenset([0]), frozenset([1]), frozenset([-1]), frozenset([1, 2]),
            frozenset(range(10)), frozenset(range(1000)), frozenset([frozenset(), frozenset([1])]),
            frozenset(["a", "b", "c"]), frozenset([2**64, -5, 0.5])]
    for _ in range(80):
        n = rng.randrange(0, 40)
        sets.append(frozenset(rng.choice([rng.randrange(-10**9, 10**9), rng.getrandbits(64),
                                          rng.uniform(-5, 5)]) for _ in range(n)))
    frozenset_cases = [[[str(hash(i)) for i in s], str(hash(s))] for s in sets]

    return {
        "seeds": HASH_SEEDS,
        "strings": strs,
        "bytes": [b.hex() for b in bs],
        "strHashes": {seed: by_seed[seed]["str"] for seed in HASH_SEEDS},
        "bytesHashes": {seed: by_seed[seed]["bytes"] for seed in HASH_SEEDS},
        "ints": int_cases,
        "floats": float_cases,
        "pointers": nan_cases,
        "complexes": complex_cases,
        "tuples": tuple_cases,
        "frozensets": frozenset_cases,
    }


# ---------------------------------------------------------------- formatting

INT_VALUES = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, 12345, 123456, 1234567, -1234567,
              65, 0x10FFFF, 0x110000, 2**31, 2**63, -(2**64), 10**20, 2**100 + 5, -(10**40),
              0x7FFFFFFFFFFFFFFF]
# ints beyond float range (and the largest that still round to a finite float)
HUGE_INTS = [10**400, -(10**400), 2**1024 - 2**970, 2**1024 - 2**970 - 1, -(2**1024 - 2**970 - 1)]
HUGE_SPECS = ["", "d", "x", "_b", ",", "e", "f", ".3g", "%", "c", "n", "+030,", "E"]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 3.0, 1e-7, 1.23456789e-5,
                123456.789, -123456.789, 1e16, 1e22, 1e300, -1e300, 1.7976931348623157e308,
                5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"),
                0.1, 0.3, 1 / 3, 2 / 3, 9.995, 9.9999995, 0.05, 1234.5, 12345.0, 999999.5,
                0.0005, 123.456, -0.00001, -0.4, 1e100, 2.0**53, 1e15, 1e17, 0.000123, 99.99]
STR_VALUES = ["", "a", "abc", "hello", "héllo", "日本語", "😀x", "a😀b😀", "x" * 20]

FILL_ALIGN = ["", "<", ">", "^", "=", "*<", "*>", "*^", "0>", "0=", "x=", "€^", "😀>", "0<"]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "1", "8", "15", "25"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".3", ".12"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "s", "E", "F", "G"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s", "x", "r"]
STR_TYPES = ["", "s", "d", "r"]


def try_format(v, spec):
    try:
        return format(v, spec)
    except (ValueError, OverflowError, TypeError) as e:
        return err(e)


def random_spec(rng, types):
    return "".join([
        rng.choice(FILL_ALIGN), rng.choice(SIGNS), rng.choice(["", "", "", "z"]),
        rng.choice(["", "", "#"]), rng.choice(["", "", "0"]), rng.choice(WIDTHS),
        rng.choice(GROUPS), rng.choice(PRECS), rng.choice(types)])


def format_fixture():
    rng = _random_module.Random(1234)
    cases = []  # [kind, value, spec, result]

    def add(kind, v, spec):
        enc = str(v) if kind == "int" else fbits(v) if kind == "float" else v
        cases.append([kind, enc, spec, try_format(v, spec)])

    # structured grid: every type with a few modifiers over every value
    for v in INT_VALUES:
        for t in INT_TYPES:
            for mod in ["", "#", "+", " ", "010", "#010", "<10", "^12", "=+12", ",", "_", "#_", "z", ".2", "*^9,", "0=20_"]:
                add("int", v, mod + t)
    for v in HUGE_INTS:
        for spec in HUGE_SPECS:
            add("int", v, spec)
    for v in FLOAT_VALUES:
        for t in FLOAT_TYPES:
            for mod in ["", ".0", ".1", ".2", ".5", ".17", ".30", "#", "#.0", "+", " ", "z", "z.1", "010.3",
                        "-012", ",", "_.2", ",.3", "<15", "^15.4", "=+15.2", "0=20,.1"]:
                add("float", v, mod + t)
    for v in STR_VALUES:
        for t in STR_TYPES:
            for mod in ["", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.3", "0", "05", "+", " ", "-",
                        "#", "=5", "z", ",", "_", ".0", "😀^9", "€<4", ".", "5.", "x<"]:
                add("str", v, mod + t)
    # random combinations
    for _ in range(2000):
        add("int", rng.choice(INT_VALUES), random_spec(rng, INT_TYPES))
    for _ in range(2000):
        add("float", rng.choice(FLOAT_VALUES), random_spec(rng, FLOAT_TYPES))
    for _ in range(800):
        add("str", rng.choice(STR_VALUES), random_spec(rng, STR_TYPES))
    # malformed specs
    for spec in ["x", "<<", "10.10.10", "abc", ".", "5.", ",,", ",_", "_,", "__", "<>10", "10d5",
                 "99999999999999999999", ".99999999999999999999", "+-", "#z", "zz", "\x01", "é", "\u0660",
                 "٣d", "1٣", ".٢f", "0٣", "=", "^^", " c", "+c", "#c", "_n", ",n", ",c", ",b", "_b", "_x",
                 ",o", "_c", ",s", "_s", ",%", "_%", ",e", ",x", "\x00", "\x7f"]:
        for kind, v in [("int", 42), ("float", 1.5), ("str", "ab")]:
            add(kind, v, spec)

    # rounding ties and exact-binary rounding: k/2**m with small precisions
    rounding = []
    for m in range(1, 8):
        for k in range(-70, 71):
            x = k / 2**m
            for p in range(0, 5):
                for t in "fe":
                    rounding.append([fbits(x), f".{p}{t}", format(x, f".{p}{t}")])
            rounding.append([fbits(x), ".1g", format(x, ".1g")])
            rounding.append([fbits(x), ".2g", format(x, ".2g")])
    for _ in range(2500):
        sel = rng.random()
        if sel < 0.3:
            x = rng.uniform(-1000, 1000)
        elif sel < 0.6:
            x = struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0]
        elif sel < 0.8:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randrange(-30, 30)
        else:
            x = round(rng.uniform(-100, 100), rng.randrange(0, 6))
        t = rng.choice("eEfFgG%")
        p = rng.choice([rng.randrange(0, 20), rng.randrange(0, 120), rng.randrange(100, 160)])
        spec = rng.choice(["", "#", "+", ",", "_", "z"]) + f".{p}{t}"
        rounding.append([fbits(x), spec, try_format(x, spec)])
    for x in [1e300, -1e300, 1.7976931348623157e308, 5e-324, 2.0**-1074 * 3, 1e-300, 0.1, 2**70 + 0.0, 1e23]:
        for spec in ["f", ".0f", ".400f", ".1100f", ".350e", ".800g", "#.500g", ",.2f", "_f", "e", ".101e", ".101f", ".120g"]:
            rounding.append([fbits(x), spec, try_format(x, spec)])

    # str() of floats and repr-style
    strs = []
    for _ in range(1500):
        sel = rng.random()
        if sel < 0.5:
            x = struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0]
        else:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randrange(-20, 25)
        strs.append([fbits(x), str(x)])
    for x in FLOAT_VALUES:
        strs.append([fbits(x), str(x)])

    # %-formatting
    percent = []
    pflags = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "+#", "-+", "- ", "+ ", "0-#"]
    pwidth = [-1, 0, 1, 8, 20]
    pprec = [-1, 0, 1, 3, 10, 25]
    for v in FLOAT_VALUES:
        for conv in "eEfFgG":
            for _ in range(12):
                fl, w, p = rng.choice(pflags), rng.choice(pwidth), rng.choice(pprec)
                fmt = "%" + fl + ("" if w < 0 else str(w)) + ("" if p < 0 else "." + str(p)) + conv
                try:
                    r = fmt % v
                except (ValueError, OverflowError, TypeError) as e:
                    r = err(e)
                percent.append(["float", fbits(v), fl, w, p, conv, r])
    for v in INT_VALUES:
        for conv in "diuoxX":
            for _ in range(12):
                fl, w, p = rng.choice(pflags), rng.choice(pwidth), rng.choice(pprec)
                fmt = "%" + fl + ("" if w < 0 else str(w)) + ("" if p < 0 else "." + str(p)) + conv
                percent.append(["int", str(v), fl, w, p, conv, fmt % v])

    # round()
    rounds = []
    for x in FLOAT_VALUES + [0.5, 1.5, -0.5, 2.675, 0.285, 1.005, 5e-324, 1e22, 2.0**52 + 0.5,
                             4503599627370497.0, 1.7976931348623157e308, 0.25, 0.35, -0.45]:
        for nd in [None, -400, -309, -308, -307, -20, -3, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 300, 322, 323, 324, 400]:
            try:
                r = round(x, nd) if nd is not None else round(x)
                r = {"int": str(r)} if isinstance(r, int) else {"float": fbits(r)}
            except (ValueError, OverflowError) as e:
                r = err(e)
            rounds.append([fbits(x), nd, r])
    for _ in range(1500):
        x = rng.choice([rng.uniform(-1000, 1000), rng.uniform(-1, 1) * 10.0 ** rng.randrange(-20, 20),
                        round(rng.uniform(-100, 100), rng.randrange(0, 5)) + rng.choice([0, 0.005, 0.5, 0.05])])
        nd = rng.choice([None, rng.randrange(-5, 18)])
        r = round(x, nd) if nd is not None else round(x)
        rounds.append([fbits(x), nd, {"int": str(r)} if isinstance(r, int) else {"float": fbits(r)}])

    return {"format": cases, "rounding": rounding, "str": strs, "percent": percent, "round": rounds}


# ---------------------------------------------------------------- random

def random_fixture():
    seeds = [["int", "0"], ["int", "1"], ["int", "42"], ["int", "-42"], ["int", str(2**32 - 1)],
             ["int", str(2**32)], ["int", str(12345678901234567890)], ["int", str(2**100 + 7)],
             ["int", str(-(3**500))], ["str", "hello"], ["str", ""], ["str", "héllo 😀"],
             ["bytes", b"abc".hex()], ["bytes", ""], ["float", fbits(3.5)], ["float", fbits(-0.1)],
             ["float", fbits(1e300)], ["float", fbits(float("inf"))]]
    out = []
    for kind, enc in seeds:
        if kind == "int":
            a = int(enc)
        elif kind == "str":
            a = enc
        elif kind == "bytes":
            a = bytes.fromhex(enc)
        else:
            a = struct.unpack(">d", bytes.fromhex(enc))[0]
        r = _random_module.Random(a)
        state = r.getstate()
        ops = []
        ops.append(["random", [], [fbits(r.random()) for _ in range(20)]])
        for k in [0, 1, 5, 31, 32, 33, 64, 100, 1000]:
            ops.append(["getrandbits", [k], str(r.getrandbits(k))])
        for n in [1, 2, 3, 10, 100, 2**31, 2**32 + 1, 10**30]:
            ops.append(["randrange", [str(n)], str(r.randrange(n))])
        for args in [(0, 10), (-5, 5), (10, 100, 7), (100, 10, -3), (0, 2**70, 3), (5, 6)]:
            ops.append(["randrange", [str(x) for x in args], str(r.randrange(*args))])
        for args in [(1, 6), (-(10**20), 10**20), (0, 0)]:
            ops.append(["randint", [str(x) for x in args], str(r.randint(*args))])
        for n in [1, 5, 1000]:
            ops.append(["choice", [n], r.choice(range(n))])
        for n in [0, 1, 2, 10, 52]:
            lst = list(range(n))
            r.shuffle(lst)
            ops.append(["shuffle", [n], lst])
        for n, k in [(10, 0), (10, 10), (100, 10), (30, 5), (10**6, 50), (1000, 500), (27, 6)]:
            ops.append(["sample", [n, k], r.sample(range(n), k)])
        ops.append(["sampleCounts", [[3, 0, 5, 1], 6], r.sample(["a", "b", "c", "d"], 6, counts=[3, 0, 5, 1])])
        ops.append(["uniform", [fbits(-2.5), fbits(10.0)], fbits(r.uniform(-2.5, 10.0))])
        ops.append(["choices", [7, 10], r.choices(range(7), k=10)])
        ops.append(["randbytes", [13], r.randbytes(13).hex()])
        ops.append(["choicesCum", [[1, 3, 3.5, 10], 12], r.choices(range(4), cum_weights=[1, 3, 3.5, 10], k=12)])
        ops.append(["choicesCum", [[0.1, 0.2, 0.30000000000000004, 5e-324 + 0.3], 6],
                    r.choices(range(4), cum_weights=[0.1, 0.2, 0.30000000000000004, 5e-324 + 0.3], k=6)])
        ops.append(["expovariate", [fbits(1.5)], [fbits(r.expovariate(1.5)) for _ in range(8)]])
        ops.append(["normalvariate", [fbits(2.0), fbits(3.0)], [fbits(r.normalvariate(2.0, 3.0)) for _ in range(8)]])
        ops.append(["triangular", [fbits(1.0), fbits(4.0), fbits(3.0)], [fbits(r.triangular(1.0, 4.0, 3.0)) for _ in range(4)]])
        ops.append(["triangular", [fbits(0.0), fbits(1.0), None], [fbits(r.triangular()) for _ in range(4)]])
        ops.append(["gauss", [fbits(0.0), fbits(1.0)], [fbits(r.gauss()) for _ in range(15)]])
        ops.append(["gauss", [fbits(100.0), fbits(15.0)], [fbits(r.gauss(100.0, 15.0)) for _ in range(15)]])
        ops.append(["random", [], [fbits(r.random()) for _ in range(5)]])
        out.append({"seed": [kind, enc], "state": list(state[1]), "ops": ops})
    # version=1 seeding of str and bytes
    v1 = []
    for a in ["", "a", "hello", "héllo 😀", b"", b"\xff\x00abc"]:
        r = _random_module.Random()
        r.seed(a, version=1)
        v1.append([a if isinstance(a, str) else {"bytes": a.hex()}, [fbits(r.random()) for _ in range(5)]])
    # setstate round-trip: continue from a state captured mid-stream
    r = _random_module.Random(2024)
    for _ in range(700):
        r.random()
    st = r.getstate()
    resume = {"state": list(st[1]), "next": [fbits(r.random()) for _ in range(10)]}
    # a long gauss() run: CPython uses glibc's log/cos/sin here
    r = _random_module.Random(7)
    gauss_run = [fbits(r.gauss()) for _ in range(4000)]
    return {"seeds": out, "resume": resume, "version1": v1, "gaussRun": gauss_run, "libm": libm_vectors()}


def _dec_sin_cos(x):
    """Correctly rounded sin/cos via a 60-digit Taylor series (decimal), independent of libm."""
    from decimal import Decimal, localcontext
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(x)
        s, c = Decimal(0), Decimal(0)
        term = Decimal(1)  # x**n / n!
        n = 0
        while True:
            if n % 4 == 0:
                c += term
            elif n % 4 == 1:
                s += term
            elif n % 4 == 2:
                c -= term
            else:
                s -= term
            n += 1
            term = term * d / n
            if n > 10 and abs(term) < Decimal(10) ** -70:
                break
        return float(s), float(c)


def libm_vectors():
    """log/sin/cos inputs with correctly rounded results (decimal) and glibc's (math)."""
    import math
    from decimal import Decimal, localcontext
    rng = _random_module.Random(31)
    out = []
    for _ in range(1500):
        u = rng.random()
        y = 1.0 - rng.random()
        x = u * 2 * math.pi
        with localcontext() as ctx:
            ctx.prec = 60
            ln = float(Decimal(y).ln())
        s, c = _dec_sin_cos(x)
        out.append([fbits(y), fbits(ln), fbits(math.log(y)), fbits(x), fbits(s), fbits(math.sin(x)),
                    fbits(c), fbits(math.cos(x))])
    return out


def write(name, data):
    path = os.path.join(FIXTURES, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {os.path.relpath(path)} ({os.path.getsize(path)} bytes)")


def main():
    if "--seeded-hashes" in sys.argv:
        seeded_hashes()
        return
    os.makedirs(FIXTURES, exist_ok=True)
    write("pyhash.json", hash_fixture())
    write("formatspec.json", format_fixture())
    write("mt19937.json", random_fixture())


if __name__ == "__main__":
    main()
