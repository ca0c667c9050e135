// int slots called directly: the small-int cache, fast paths that create no bigint,
// reference counts, sizes, subclass allocation, the int max str digits limit, the
// correctly rounded true division and int/float comparison, seq * n. CPython's
// results for thousands of operand pairs are in numbers.test.ts.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decref, isImmortal, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import {
  CompareOp, makeStaticType, typeData, typeName, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_LONG_SUBCLASS,
  TPFLAGS_MANAGED_DICT, TPFLAGS_MANAGED_WEAKREF, type TypeData,
} from "../../src/objects/typeobject.js";
import { IntType, FloatType } from "../../src/objects/types.js";
import { False, None, NotImplemented, True } from "../../src/objects/singletons.js";
import { blockAddress, freeObject, rt } from "../../src/objects/runtime.js";
import { gcUntrack, isTracked } from "../../src/objects/gcheader.js";
import { intSize, newInt, newIntFromBig, smallInt } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { excState, OverflowError } from "../../src/objects/exceptions.js";
import { binaryOp, richCompareBool, sequenceRepeat } from "../../src/objects/abstract.js";
import { tupleItems } from "../../src/objects/tupleobject.js";
import {
  allocSubtype, asSsize, compareReal, correctPow, crAtan2, crExp, crHypot, crLog, crSin, getIntMaxStrDigits,
  intToDecimal, numberIndex, numberLong, parseIntText, setForceExactPow, setIntMaxStrDigits, trueDivide,
} from "../../src/objects/intmethods.js";
import "../../src/objects/floatmethods.js";
import "../../src/objects/boolobject.js";
import "../../src/objects/complexobject.js";

beforeAll(() => {
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const d = typeData(t).dealloc;
      if (d) return d(o);
    }
    freeObject(o);
  });
});

const I = typeData(IntType);

function errorOf(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    if (e instanceof PyRaise) {
      const args = tupleItems(excState(e.exc).args);
      const r: [string, string] = [typeName(e.exc), args.length ? String(args[0]!.v) : ""];
      decref(e.exc);
      return r;
    }
    throw e;
  }
  throw new Error("no exception");
}

describe("small-int cache", () => {
  it("newInt(-5..256) are the immortal cached objects", () => {
    expect(newInt(5)).toBe(newInt(5));
    expect(newInt(-5)).toBe(smallInt(-5));
    expect(newInt(256)).toBe(newInt(256));
    expect(isImmortal(newInt(0))).toBe(true);
    const a = newInt(257);
    const b = newInt(257);
    expect(a).not.toBe(b);
    expect(a.rc).toBe(1);
    decref(a);
    decref(b);
  });

  it("slot results in the cached range come from the cache", () => {
    const big = newIntFromBig(2n ** 80n);
    const r = I.sub!(big, big);
    expect(r).toBe(smallInt(0));
    const s = I.add!(newInt(200), newInt(56));
    expect(s).toBe(smallInt(256));
    const f = I.floordiv!(newInt(-10), newInt(4));
    expect(f).toBe(smallInt(-3));
    const m = I.mul!(newInt(0), newInt(-7));
    expect(m).toBe(smallInt(0));
    expect(Object.is(m.v, -0)).toBe(false);
    decref(big);
  });
});

describe("fast paths", () => {
  it("safe-integer results are numbers; bigints only past 2**53", () => {
    const a = newInt(2 ** 52);
    const r = I.add!(a, a);
    expect(typeof r.v).toBe("bigint");
    expect(r.v).toBe(2n ** 53n);
    const q = I.sub!(r, newInt(1));
    expect(q.v).toBe(2 ** 53 - 1);
    expect(typeof q.v).toBe("number");
    const m = I.mul!(newInt(94906267), newInt(94906267)); // just above 2**53
    expect(m.v).toBe(94906267n * 94906267n);
    for (const o of [a, r, q, m]) decref(o);
  });

  it("matches bigint arithmetic on random operands", () => {
    const ops: [keyof TypeData, (x: bigint, y: bigint) => bigint | null][] = [
      ["add", (x, y) => x + y],
      ["sub", (x, y) => x - y],
      ["mul", (x, y) => x * y],
      ["floordiv", (x, y) => (y === 0n ? null : x / y - ((x % y !== 0n && (x < 0n) !== (y < 0n)) ? 1n : 0n))],
      ["mod", (x, y) => (y === 0n ? null : ((x % y) + y) % y)],
      ["and", (x, y) => x & y],
      ["or", (x, y) => x | y],
      ["xor", (x, y) => x ^ y],
    ];
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), (x, y) => {
        const a = newIntFromBig(x);
        const b = newIntFromBig(y);
        for (const [slot, ref] of ops) {
          const want = ref(x, y);
          if (want === null) continue;
          const r = (I[slot] as (p: PyObject, q: PyObject) => PyObject)(a, b);
          expect(typeof r.v === "bigint" ? r.v : BigInt(r.v as number)).toBe(want);
          expect(typeof r.v === "number" || r.v > 2n ** 53n - 1n || r.v < -(2n ** 53n) + 1n).toBe(true);
          decref(r);
        }
        decref(a);
        decref(b);
      }),
    );
  });
});

describe("reference counts", () => {
  it("slots return new references and leave their arguments alone", () => {
    const a = newIntFromBig(10n ** 30n);
    const b = newInt(12345);
    for (const slot of ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift", "and", "or", "xor"] as const) {
      const r = I[slot]!(a, b);
      expect(a.rc).toBe(1);
      expect(b.rc).toBe(1);
      if (!isImmortal(r)) expect(r.rc).toBe(1);
      decref(r);
    }
    const p = I.pow!(b, newInt(3), None);
    expect(p.rc).toBe(1);
    decref(p);
    const pos = I.pos!(a);
    expect(pos).toBe(a);
    expect(a.rc).toBe(2);
    decref(pos);
    const ni = I.add!(a, newStr("x"));
    expect(ni).toBe(NotImplemented);
    decref(ni);
    decref(a);
    decref(b);
  });

  it("errors leave the arguments alone", () => {
    const a = newInt(7);
    expect(errorOf(() => I.floordiv!(a, newInt(0)))).toEqual(["ZeroDivisionError", "integer division or modulo by zero"]);
    expect(a.rc).toBeGreaterThan(0);
  });
});

describe("sizes", () => {
  it("int.__sizeof__ is 24 + 4 per 30-bit digit (at least one)", () => {
    expect(I.sizeof!(newInt(0))).toBe(28);
    expect(I.sizeof!(newInt(2 ** 30 - 1))).toBe(28);
    const big = newIntFromBig(2n ** 60n);
    expect(I.sizeof!(big)).toBe(36);
    expect(intSize(2n ** 90n)).toBe(40);
    decref(big);
  });

  it("a subclass instance is allocated like PyType_GenericAlloc (one spare digit)", () => {
    // Like `class MyInt(int): pass`: basicsize 24, itemsize 4, GC, managed dict and weakref.
    const MyInt = makeStaticType("MyInt", 24, 4,
      TPFLAGS_HAVE_GC | TPFLAGS_MANAGED_DICT | TPFLAGS_MANAGED_WEAKREF | TPFLAGS_LONG_SUBCLASS | TPFLAGS_BASETYPE, IntType);
    const o = I.new!(MyInt, [newInt(5)], null);
    expect(o.type).toBe(MyInt);
    expect(o.v).toBe(5);
    // _PyObject_VAR_SIZE(type, 1 + 1) = 32, plus the 32-byte pre-header: a 64-byte block.
    expect(rt.heap.usableSize(blockAddress(o))).toBe(64);
    // sys.getsizeof(MyInt(5)) == 60 in CPython 3.12: int.__sizeof__ plus the pre-header.
    expect(I.sizeof!(o) + typeData(MyInt).preHeaderSize).toBe(60);
    expect(isTracked(o)).toBe(true);
    gcUntrack(o);
    freeObject(o);
    void allocSubtype;
  });
});

describe("true division", () => {
  it("is correctly rounded for huge operands", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 300n }), fc.bigInt({ min: 1n, max: 2n ** 300n }), (x, y) => {
        const q = trueDivide(x, y);
        // Check against exact comparison: |q - x/y| <= half an ulp.
        const [num, den] = fracOf(q);
        const lhs = num * y - x * den; // (q - x/y) * den * y
        const ulp = ulpOf(q);
        const [un, ud] = fracOf(ulp);
        // |lhs| / (den*y) <= un / (2 ud)
        const absL = lhs < 0n ? -lhs : lhs;
        expect(absL * 2n * ud <= un * den * y).toBe(true);
      }),
    );
  });

  it("raises CPython's errors", () => {
    expect(errorOf(() => trueDivide(10n ** 400n, 1))).toEqual(["OverflowError", "integer division result too large for a float"]);
    expect(errorOf(() => trueDivide(1, 0))).toEqual(["ZeroDivisionError", "division by zero"]);
    expect(trueDivide(1, 10n ** 400n)).toBe(0);
    expect(Object.is(trueDivide(0, -5), -0)).toBe(true);
    // (2**54 + 1) / 2 is a tie between 2**53 and 2**53 + 2: to even.
    expect(trueDivide(2n ** 54n + 1n, 2)).toBe(2 ** 53);
    expect(trueDivide(2n ** 54n + 3n, 2)).toBe(2 ** 53 + 2);
  });
});

function fracOf(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exp - 1075;
  }
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}

function ulpOf(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0) - x;
}

describe("int vs float comparison is exact", () => {
  it("2**53 + 1 != float(2**53), and big ints against inf/nan", () => {
    expect(compareReal(2n ** 53n + 1n, 2 ** 53, CompareOp.EQ)).toBe(false);
    expect(compareReal(2n ** 53n + 1n, 2 ** 53, CompareOp.GT)).toBe(true);
    expect(compareReal(10n ** 400n, Infinity, CompareOp.LT)).toBe(true);
    expect(compareReal(10n ** 400n, NaN, CompareOp.NE)).toBe(true);
    expect(compareReal(10n ** 400n, NaN, CompareOp.EQ)).toBe(false);
    const a = newIntFromBig(2n ** 53n + 1n);
    const f = newFloat(2 ** 53);
    expect(richCompareBool(a, f, CompareOp.EQ)).toBe(false);
    expect(richCompareBool(f, a, CompareOp.LT)).toBe(true);
    decref(a);
    decref(f);
  });
});

describe("str and the int max str digits limit", () => {
  it("repr raises past 4300 digits, and the limit can change", () => {
    expect(getIntMaxStrDigits()).toBe(4300);
    expect(intToDecimal(10n ** 4299n).length).toBe(4300);
    expect(errorOf(() => intToDecimal(10n ** 4300n))[1]).toBe(
      "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    setIntMaxStrDigits(0);
    expect(intToDecimal(10n ** 5000n).length).toBe(5001);
    setIntMaxStrDigits(4300);
  });

  it("int(str) counts the digits", () => {
    expect(errorOf(() => parseIntText("1".repeat(4301), 10))[1]).toBe(
      "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(parseIntText("0x_ff", 0)).toBe(255);
    expect(parseIntText("1__0", 10)).toBe(null);
  });
});

describe("conversions", () => {
  it("numberIndex / numberLong return exact ints", () => {
    const r = numberIndex(True);
    expect(r).toBe(smallInt(1));
    expect(numberLong(False)).toBe(smallInt(0));
    expect(errorOf(() => numberIndex(newFloat(1.5)))).toEqual(["TypeError", "'float' object cannot be interpreted as an integer"]);
    const f = newFloat(-2.9);
    const t = numberLong(f);
    expect(t).toBe(smallInt(-2));
    decref(f);
  });

  it("asSsize clips or raises", () => {
    const big = newIntFromBig(2n ** 70n);
    expect(asSsize(big, null)).toBe(2 ** 63);
    expect(errorOf(() => asSsize(big, OverflowError))).toEqual(["OverflowError", "cannot fit 'int' into an index-sized integer"]);
    decref(big);
  });

  it("float(int) is correctly rounded and overflows like CPython", () => {
    const a = newIntFromBig(2n ** 1024n - 2n ** 970n);
    expect(errorOf(() => I.float!(a))).toEqual(["OverflowError", "int too large to convert to float"]);
    const b = newIntFromBig(2n ** 1024n - 2n ** 971n);
    const f = I.float!(b);
    expect(f.v).toBe(1.7976931348623157e308);
    for (const o of [a, b, f]) decref(o);
  });
});

describe("seq * n", () => {
  it("is installed: the count goes through __index__", () => {
    expect(errorOf(() => sequenceRepeat(newStr("ab"), newFloat(2)))).toEqual(["TypeError", "can't multiply sequence by non-int of type 'float'"]);
    const r = binaryOp(newInt(3), newInt(4), "mul");
    expect(r.v).toBe(12);
  });
});

describe("correctly rounded libm", () => {
  it("pow's double-double stage agrees with the exact bigint stage", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5e-324, max: 1.7976931348623157e308, noNaN: true }),
        fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true })),
        (x, y) => {
          if (x === 1 || y === 0 || !Number.isFinite(x)) return;
          const fast = correctPow(x, y);
          setForceExactPow(true);
          const exact = correctPow(x, y);
          setForceExactPow(false);
          expect(Object.is(fast, exact)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("matches known glibc results", () => {
    expect(correctPow(5, -5)).toBe(0.00032);
    expect(correctPow(2, 1.5)).toBe(2.8284271247461903);
    expect(crSin(1e22)).toBe(-0.8522008497671888);
    expect(crExp(1)).toBe(Math.E);
    expect(crLog(10)).toBe(2.302585092994046);
    expect(crAtan2(1, 1) * 4).toBe(Math.PI);
    expect(crHypot(3, 4)).toBe(5);
    expect(crHypot(1e308, 1e308)).toBe(1.4142135623730951e308);
  });
});

void FloatType;
void True;
