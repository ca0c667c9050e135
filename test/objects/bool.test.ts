// bool: the slots it overrides (repr, &, |, ^, ~, the constructor) and the int slots
// it inherits. CPython's results for bool with every operator are in numbers.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { decref, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { typeData, typeName } from "../../src/objects/typeobject.js";
import { BoolType, IntType } from "../../src/objects/types.js";
import { False, None, True } from "../../src/objects/singletons.js";
import { freeObject } from "../../src/objects/runtime.js";
import { newInt, smallInt } from "../../src/objects/longobject.js";
import { newStr } from "../../src/objects/unicodeobject.js";
import { excState } from "../../src/objects/exceptions.js";
import { binaryOp, str as strOf } from "../../src/objects/abstract.js";
import { tupleItems } from "../../src/objects/tupleobject.js";
import "../../src/objects/intmethods.js";
import "../../src/objects/floatmethods.js";
import "../../src/objects/boolobject.js";

beforeAll(() => {
  setDeallocHook((o) => {
    for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
      const d = typeData(t).dealloc;
      if (d) return d(o);
    }
    freeObject(o);
  });
});

const B = typeData(BoolType);

describe("bool", () => {
  it("repr and str", () => {
    expect(B.repr!(True).v).toBe("True");
    // bool has no tp_str of its own: str() goes through object_str to the repr
    expect(strOf(False).v).toBe("False");
  });

  it("&, |, ^ give bools for two bools and ints otherwise", () => {
    expect(binaryOp(True, False, "or")).toBe(True);
    expect(binaryOp(True, True, "and")).toBe(True);
    expect(binaryOp(True, True, "xor")).toBe(False);
    const two = newInt(2);
    const r = binaryOp(two, True, "or"); // bool (the right operand, a subclass) goes first, declines to int
    expect(r).toBe(smallInt(3));
    expect(r.type).toBe(IntType);
    expect(binaryOp(True, newInt(1), "and")).toBe(smallInt(1));
  });

  it("arithmetic is int arithmetic with exact int results", () => {
    expect(binaryOp(True, True, "add")).toBe(smallInt(2));
    expect(B.neg!(True)).toBe(smallInt(-1));
    expect(B.pos!(True)).toBe(smallInt(1));
    expect(B.abs!(False)).toBe(smallInt(0));
    expect(B.index!(True)).toBe(smallInt(1));
    expect(B.int!(True)).toBe(smallInt(1));
    expect(B.float!(True).v).toBe(1);
  });

  it("~True is -2 (3.12 also warns: DeprecationWarning, not emitted yet)", () => {
    expect(B.invert!(True)).toBe(smallInt(-2));
    expect(B.invert!(False)).toBe(smallInt(-1));
  });

  it("hash, sizes", () => {
    expect(B.hash!(True)).toBe(1);
    expect(B.sizeof!(True) + B.preHeaderSize).toBe(28);
    expect(B.sizeof!(False)).toBe(28);
  });

  it("bool(x) uses the truth protocol", () => {
    expect(B.new!(BoolType, [], null)).toBe(False);
    expect(B.new!(BoolType, [newInt(0)], null)).toBe(False);
    const s = newStr("x");
    expect(B.new!(BoolType, [s], null)).toBe(True);
    expect(B.new!(BoolType, [None], null)).toBe(False);
    try {
      B.new!(BoolType, [True, True], null);
      expect.unreachable();
    } catch (e) {
      const exc = (e as PyRaise).exc;
      expect(typeName(exc)).toBe("TypeError");
      expect(tupleItems(excState(exc).args)[0]!.v).toBe("bool expected at most 1 argument, got 2");
      decref(exc);
    }
  });
});
