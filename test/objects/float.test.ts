// float slots called directly: the free list through the slots, NaN hashing by
// identity, the complex result of a negative base to a fractional power, mixed
// dispatch with int through binary_op1, parsing, hex round trips, reference counts.
// CPython's results for thousands of cases are in numbers.test.ts.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decref, isImmortal, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { CompareOp, typeData, typeName } from "../../src/objects/typeobject.js";
import { ComplexType, FloatType, IntType } from "../../src/objects/types.js";
import { None, NotImplemented } from "../../src/objects/singletons.js";
import { freeObject, objectId } from "../../src/objects/runtime.js";
import { newInt, newIntFromBig } from "../../src/objects/longobject.js";
import { floatFreeListCount, newFloat } from "../../src/objects/floatobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { excState } from "../../src/objects/exceptions.js";
import { binaryOp, richCompareBool } from "../../src/objects/abstract.js";
import { tupleItems } from "../../src/objects/tupleobject.js";
import { hashPointer } from "../../src/objects/pyhash.js";
import "../../src/objects/intmethods.js";
import {
  floatHex, floatValue, numberFloat, parseFloatText, parseHexFloat,
} from "../../src/objects/floatmethods.js";
import "../../src/objects/boolobject.js";
import { type ComplexValue } from "../../src/objects/complexobject.js";

beforeAll(() => {
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const d = typeData(t).dealloc;
      if (d) return d(o);
    }
    freeObject(o);
  });
});

const F = typeData(FloatType);

function errorOf(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    if (e instanceof PyRaise) {
      const args = tupleItems(excState(e.exc).args);
      const r: [string, string] = [typeName(e.exc), args.length === 1 ? String(args[0]!.v) : args.map((a) => String(a.v)).join("|")];
      decref(e.exc);
      return r;
    }
    throw e;
  }
  throw new Error("no exception");
}

describe("arithmetic", () => {
  it("float op int converts the int correctly rounded, and int op float dispatches to float", () => {
    const f = newFloat(0.5);
    const big = newIntFromBig(2n ** 53n + 1n);
    const r = binaryOp(big, f, "add"); // int.add declines, float.add handles it
    expect(r.type).toBe(FloatType);
    expect(r.v).toBe(2 ** 53);
    const huge = newIntFromBig(10n ** 400n);
    expect(errorOf(() => binaryOp(f, huge, "mul"))).toEqual(["OverflowError", "int too large to convert to float"]);
    for (const o of [f, big, r, huge]) decref(o);
  });

  it("declines other types with NotImplemented (a new reference)", () => {
    const f = newFloat(1.5);
    const s = newStr("abc");
    const before = NotImplemented.rc;
    const r = F.add!(f, s);
    expect(r).toBe(NotImplemented);
    expect(NotImplemented.rc).toBe(before + 1);
    decref(r);
    expect(errorOf(() => binaryOp(f, s, "add"))).toEqual(["TypeError", "unsupported operand type(s) for +: 'float' and 'str'"]);
    decref(f);
    decref(s);
  });

  it("division errors", () => {
    const one = newFloat(1);
    const zero = newInt(0);
    expect(errorOf(() => F.truediv!(one, zero))).toEqual(["ZeroDivisionError", "float division by zero"]);
    expect(errorOf(() => F.floordiv!(one, zero))).toEqual(["ZeroDivisionError", "float floor division by zero"]);
    expect(errorOf(() => F.mod!(one, zero))).toEqual(["ZeroDivisionError", "float modulo"]);
    expect(errorOf(() => F.divmod!(one, zero))).toEqual(["ZeroDivisionError", "float divmod()"]);
    decref(one);
  });

  it("pow: errors and the complex result", () => {
    const z = newFloat(0);
    const m1 = newFloat(-1);
    expect(errorOf(() => F.pow!(z, m1, None))).toEqual(["ZeroDivisionError", "0.0 cannot be raised to a negative power"]);
    const ten = newFloat(10);
    const big = newFloat(400);
    expect(errorOf(() => F.pow!(ten, big, None))).toEqual(["OverflowError", "34|Numerical result out of range"]);
    const neg = newFloat(-8);
    const third = newFloat(1 / 3);
    const c = F.pow!(neg, third, None);
    expect(c.type).toBe(ComplexType);
    expect(c.v as ComplexValue).toEqual({ re: 1.0000000000000002, im: 1.7320508075688772 });
    expect(errorOf(() => F.pow!(ten, ten, newInt(3)))).toEqual(["TypeError", "pow() 3rd argument not allowed unless all arguments are integers"]);
    for (const o of [z, m1, ten, big, neg, third, c]) decref(o);
  });

  it("slots leave argument counts unchanged and return new references", () => {
    const a = newFloat(2.5);
    const b = newFloat(-0.75);
    for (const slot of ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod"] as const) {
      const r = F[slot]!(a, b);
      expect([a.rc, b.rc, r.rc]).toEqual([1, 1, 1]);
      decref(r);
    }
    const p = F.pos!(a);
    expect(p).toBe(a);
    expect(a.rc).toBe(2);
    decref(p);
    decref(a);
    decref(b);
  });
});

describe("free list", () => {
  it("results reuse the blocks of dead floats", () => {
    const a = newFloat(1.25);
    const id = objectId(a);
    decref(a);
    expect(floatFreeListCount()).toBeGreaterThan(0);
    const x = newFloat(3);
    const y = newFloat(4);
    const r = F.add!(x, y); // takes the block the free list hands out
    expect([objectId(x), objectId(y), objectId(r)]).toContain(id);
    for (const o of [x, y, r]) decref(o);
  });
});

describe("hash", () => {
  it("integral floats hash like ints; NaN by identity", () => {
    const f = newFloat(-1);
    expect(F.hash!(f)).toBe(-2);
    const nan1 = newFloat(NaN);
    const nan2 = newFloat(NaN);
    expect(F.hash!(nan1)).toBe(Number(hashPointer(objectId(nan1))));
    expect(F.hash!(nan1)).not.toBe(F.hash!(nan2));
    const big = newFloat(2 ** 70);
    const i = newIntFromBig(2n ** 70n);
    expect(F.hash!(big)).toBe(typeData(IntType).hash!(i));
    for (const o of [f, nan1, nan2, big, i]) decref(o);
  });
});

describe("comparison", () => {
  it("float vs int is exact", () => {
    const f = newFloat(2 ** 53);
    const i = newIntFromBig(2n ** 53n + 1n);
    expect(richCompareBool(f, i, CompareOp.LT)).toBe(true);
    expect(richCompareBool(f, i, CompareOp.EQ)).toBe(false);
    const nan = newFloat(NaN);
    expect(richCompareBool(nan, i, CompareOp.NE)).toBe(true);
    expect(richCompareBool(nan, nan, CompareOp.EQ)).toBe(true); // identity, as PyObject_RichCompareBool
    const r = F.richcompare!(nan, nan, CompareOp.EQ);
    expect(r.v).toBe(0);
    for (const o of [f, i, nan]) decref(o);
  });
});

describe("parsing and hex", () => {
  it("float(str) accepts what CPython accepts", () => {
    expect(parseFloatText("  1_000.5\n")).toBe(1000.5);
    expect(parseFloatText("-iNfInItY")).toBe(-Infinity);
    expect(parseFloatText("1__0")).toBe(null);
    expect(parseFloatText("0x10")).toBe(null);
    expect(parseFloatText("1e")).toBe(null);
    const s = newStr("x");
    expect(errorOf(() => numberFloat(s))).toEqual(["ValueError", "could not convert string to float: 'x'"]);
    const l = newStr("\u0661.\u0665");
    const r = numberFloat(l);
    expect(r.v).toBe(1.5);
    decref(r);
  });

  it("hex() and fromhex() round-trip every double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(Object.is(parseHexFloat(floatHex(x)), x)).toBe(true);
      }),
    );
    expect(floatHex(1.5)).toBe("0x1.8000000000000p+0");
    expect(floatHex(5e-324)).toBe("0x0.0000000000001p-1022");
    expect(errorOf(() => parseHexFloat("0x1p1024"))).toEqual(["OverflowError", "hexadecimal value too large to represent as a float"]);
  });

  it("float(x) uses the float slot, then __index__", () => {
    const i = newIntFromBig(2n ** 1024n);
    expect(errorOf(() => floatValue(i))).toEqual(["OverflowError", "int too large to convert to float"]);
    const f = newFloat(2.5);
    expect(numberFloat(f)).toBe(f);
    decref(f);
    decref(f);
    decref(i);
  });
});

describe("constructor", () => {
  it("float() argument rules", () => {
    expect(F.new!(FloatType, [], null).v).toBe(0);
    expect(errorOf(() => F.new!(FloatType, [newInt(1), newInt(2)], null))).toEqual(["TypeError", "float expected at most 1 argument, got 2"]);
    expect(errorOf(() => F.new!(FloatType, [None], null))).toEqual(["TypeError", "float() argument must be a string or a real number, not 'NoneType'"]);
    const r = F.new!(FloatType, [newInt(7)], null);
    expect(r.v).toBe(7);
    expect(isImmortal(r)).toBe(false);
    decref(r);
  });
});
