// complex: repr rules, division, comparison, hashing, the constructor, sizes and
// reference counts. CPython's results for thousands of cases are in numbers.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { decref, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { CompareOp, typeData, typeName } from "../../src/objects/typeobject.js";
import { ComplexType } from "../../src/objects/types.js";
import { NotImplemented } from "../../src/objects/singletons.js";
import { freeObject, objectId } from "../../src/objects/runtime.js";
import { newInt, newIntFromBig } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { excState } from "../../src/objects/exceptions.js";
import { binaryOp, richCompare } from "../../src/objects/abstract.js";
import { tupleItems } from "../../src/objects/tupleobject.js";
import { hashComplex } from "../../src/objects/pyhash.js";
import "../../src/objects/intmethods.js";
import "../../src/objects/floatmethods.js";
import { complexReprText, newComplex, parseComplexText, type ComplexValue } from "../../src/objects/complexobject.js";

beforeAll(() => {
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const d = typeData(t).dealloc;
      if (d) return d(o);
    }
    freeObject(o);
  });
});

const C = typeData(ComplexType);

function errorOf(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    if (e instanceof PyRaise) {
      const r: [string, string] = [typeName(e.exc), String(tupleItems(excState(e.exc).args)[0]!.v)];
      decref(e.exc);
      return r;
    }
    throw e;
  }
  throw new Error("no exception");
}

describe("complex", () => {
  it("repr", () => {
    expect(complexReprText(0, 1)).toBe("1j");
    expect(complexReprText(1, 2)).toBe("(1+2j)");
    expect(complexReprText(-0, -0)).toBe("(-0-0j)");
    expect(complexReprText(0, -0)).toBe("-0j");
    expect(complexReprText(Infinity, NaN)).toBe("(inf+nanj)");
    expect(complexReprText(0, 1e16)).toBe("1e+16j");
    expect(complexReprText(1.5, -0.25)).toBe("(1.5-0.25j)");
  });

  it("is 32 bytes", () => {
    const c = newComplex(1, 2);
    expect(C.sizeof!(c)).toBe(32);
    expect(c.rc).toBe(1);
    decref(c);
  });

  it("mixes with int and float through binary_op1", () => {
    const c = newComplex(1, 2);
    const i = newInt(3);
    const r = binaryOp(i, c, "add");
    expect(r.v as ComplexValue).toEqual({ re: 4, im: 2 });
    const q = binaryOp(c, newFloat(0.5), "truediv");
    expect(q.v as ComplexValue).toEqual({ re: 2, im: 4 });
    expect(errorOf(() => binaryOp(c, newInt(0), "truediv"))).toEqual(["ZeroDivisionError", "complex division by zero"]);
    expect(errorOf(() => binaryOp(c, i, "floordiv"))).toEqual(["TypeError", "unsupported operand type(s) for //: 'complex' and 'int'"]);
    expect(c.rc).toBe(1);
    for (const o of [c, r, q]) decref(o);
  });

  it("only == and != compare", () => {
    const a = newComplex(1, 0);
    const big = newIntFromBig(2n ** 53n + 1n);
    const b = newComplex(2 ** 53, 0);
    expect(richCompare(a, newInt(1), CompareOp.EQ).v).toBe(1);
    expect(richCompare(b, big, CompareOp.EQ).v).toBe(0); // exact, like float == int
    const r = C.richcompare!(a, a, CompareOp.LT);
    expect(r).toBe(NotImplemented);
    decref(r);
    expect(errorOf(() => richCompare(a, a, CompareOp.LT))).toEqual(["TypeError", "'<' not supported between instances of 'complex' and 'complex'"]);
    for (const o of [a, big, b]) decref(o);
  });

  it("hash", () => {
    const c = newComplex(1, 2);
    expect(C.hash!(c)).toBe(2000007);
    const n = newComplex(NaN, 0);
    expect(C.hash!(n)).toBe(Number(hashComplex(NaN, 0, objectId(n))));
    decref(c);
    decref(n);
  });

  it("constructor and parsing", () => {
    expect(parseComplexText(" ( 1+2j ) ")).toEqual({ re: 1, im: 2 });
    expect(parseComplexText("-j")).toEqual({ re: 0, im: -1 });
    expect(parseComplexText("1 + 2j")).toBe(null);
    const c = C.new!(ComplexType, [newStr("1e3j")], null);
    expect(c.v as ComplexValue).toEqual({ re: 0, im: 1000 });
    expect(C.new!(ComplexType, [c], null)).toBe(c);
    decref(c);
    expect(errorOf(() => C.new!(ComplexType, [newStr("x")], null))).toEqual(["ValueError", "complex() arg is a malformed string"]);
    const kw = C.new!(ComplexType, [newInt(1), newInt(2)], null);
    expect(kw.v as ComplexValue).toEqual({ re: 1, im: 2 });
    decref(kw);
    const j = newComplex(0, 1);
    const jj = C.new!(ComplexType, [j, j], null);
    expect(jj.v as ComplexValue).toEqual({ re: -1, im: 1 });
    decref(j);
    decref(jj);
  });

  it("abs and pow errors", () => {
    const big = newComplex(1.7976931348623157e308, 1.7976931348623157e308);
    expect(errorOf(() => C.abs!(big))).toEqual(["OverflowError", "absolute value too large"]);
    const z = newComplex(0, 0);
    expect(errorOf(() => C.pow!(z, newInt(2), newInt(5)))).toEqual(["ValueError", "complex modulo"]);
    decref(big);
    decref(z);
  });
});
