// The numeric types against CPython 3.12: every case of test/fixtures/numbers.json
// (tools/gen-number-vectors.py) is run through the slots as the VM dispatches them
// (binary_op1 for mixed types, rich comparison, the type's `new` slot, method defs),
// comparing repr(result) or the exception type and message. Each case also checks
// that the arguments' reference counts are unchanged and the result is a new reference.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { decref, incref, isImmortal, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { CompareOp, isSubtype, tp, typeData, typeName, type MethodDef, type TypeData } from "../../src/objects/typeobject.js";
import { BoolType, BytesType, ComplexType, FloatType, IntType, StrType, TupleType } from "../../src/objects/types.js";
import { False, None, NotImplemented, pyBool, True } from "../../src/objects/singletons.js";
import { freeObject, rt } from "../../src/objects/runtime.js";
import { newIntFromBig, newInt } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { internStr, newStr } from "../../src/objects/unicodeobject.js";
import { excState, TypeError } from "../../src/objects/exceptions.js";
import { binaryOp, isTrue, richCompare, unaryOp, type BinarySlotName } from "../../src/objects/abstract.js";
import { tupleItems } from "../../src/objects/tupleobject.js";
import {
  correctPow, crAtan2, crCos, crExp, crHypot, crLog, crSin, makeBytes, numberIndex,
} from "../../src/objects/intmethods.js";
import "../../src/objects/floatmethods.js";
import "../../src/objects/boolobject.js";
import { complexReprText, newComplex, type ComplexValue } from "../../src/objects/complexobject.js";
import { floatRepr } from "../../src/values/floatrepr.js";
import { bytesRepr, strRepr } from "../../src/values/strrepr.js";

type Outcome = ["ok", string] | ["err", string, string];
interface Fixture {
  version: string;
  libm: [string, string[], string][];
  cases: [string, string[], Outcome][];
  sizes: { int: [string, number][]; float: number; complex: number };
}
const fx = JSON.parse(readFileSync(new URL("../fixtures/numbers.json", import.meta.url), "utf8")) as Fixture;

function findSlot<K extends keyof TypeData>(t: PyObject, key: K): TypeData[K] | null {
  for (let d: TypeData | null = typeData(t); d !== null; d = d.base ? typeData(d.base) : null) {
    if (d[key] !== null) return d[key];
  }
  return null;
}

beforeAll(() => {
  // Special-method names are interned (immortal) on first use, like CPython's static _Py_ID strings.
  internStr("__trunc__");
  internStr("__complex__");
  setDeallocHook((o) => {
    const dealloc = findSlot(o.type, "dealloc");
    if (dealloc) dealloc(o);
    else freeObject(o);
  });
});

function bitsToFloat(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

/** A float from its Python repr (which round-trips). */
function parseRepr(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

function decodeInt(text: string): bigint {
  return text.startsWith("-") ? -BigInt(text.slice(1)) : BigInt(text);
}

/** A new reference to the encoded value. */
export function decode(e: string): PyObject {
  if (e === "N") return None;
  const tag = e.slice(0, 2);
  const body = e.slice(2);
  switch (tag) {
    case "i:": return newIntFromBig(decodeInt(body));
    case "f:": return newFloat(parseRepr(body));
    case "b:": return pyBool(body === "1");
    case "c:": {
      const [re, im] = body.split(":") as [string, string];
      return newComplex(parseRepr(re), parseRepr(im));
    }
    case "s:": return newStr(body);
    case "y:": return makeBytes(Uint8Array.from(body.match(/../g) ?? [], (h) => parseInt(h, 16)));
    default: throw new Error(`bad encoding ${e}`);
  }
}

/** repr() of the result types the numeric slots produce. */
export function pyRepr(o: PyObject): string {
  if (o === None) return "None";
  if (o === NotImplemented) return "NotImplemented";
  if (o.type === BoolType) return o.v ? "True" : "False";
  if (o.type === IntType) return String(o.v);
  if (o.type === FloatType) return floatRepr(o.v as number);
  if (o.type === ComplexType) {
    const c = o.v as ComplexValue;
    return complexReprText(c.re, c.im);
  }
  if (o.type === StrType) return strRepr(o.v as string);
  if (o.type === BytesType) return bytesRepr(o.v as Uint8Array);
  if (o.type === TupleType) {
    const items = tupleItems(o).map(pyRepr);
    return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
  }
  throw new Error(`no repr for ${typeName(o)}`);
}

function excMessage(exc: PyObject): string {
  const args = tupleItems(excState(exc).args);
  if (args.length === 1 && args[0]!.type === StrType) return args[0]!.v as string;
  if (args.length === 0) return "";
  return "(" + args.map(pyRepr).join(", ") + ")";
}

const BINARY: Record<string, BinarySlotName> = {
  add: "add", sub: "sub", mul: "mul", truediv: "truediv", floordiv: "floordiv", mod: "mod", divmod: "divmod",
  lshift: "lshift", rshift: "rshift", and: "and", or: "or", xor: "xor",
};
const COMPARE: Record<string, CompareOp> = {
  lt: CompareOp.LT, le: CompareOp.LE, eq: CompareOp.EQ, ne: CompareOp.NE, gt: CompareOp.GT, ge: CompareOp.GE,
};
const UNARY: Record<string, ["neg" | "pos" | "abs" | "invert", string]> = {
  neg: ["neg", "unary -"], pos: ["pos", "unary +"], abs: ["abs", "abs()"], invert: ["invert", "unary ~"],
};

/** ternary_op (PyNumber_Power) over the pow slots. */
export function power(a: PyObject, b: PyObject, c: PyObject): PyObject {
  const slotA = findSlot(a.type, "pow");
  let slotB = a.type !== b.type ? findSlot(b.type, "pow") : null;
  if (slotB === slotA) slotB = null;
  if (slotA !== null) {
    if (slotB !== null && isSubtype(b.type, a.type)) {
      const r = slotB(a, b, c);
      if (r !== NotImplemented) return r;
      decref(r);
      slotB = null;
    }
    const r = slotA(a, b, c);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (slotB !== null) {
    const r = slotB(a, b, c);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (c !== None) {
    const slotC = findSlot(c.type, "pow");
    if (slotC !== null && slotC !== slotA && slotC !== slotB) {
      const r = slotC(a, b, c);
      if (r !== NotImplemented) return r;
      decref(r);
    }
  }
  if (c === None) {
    throw new PyRaise(mkTypeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`));
  }
  throw new PyRaise(mkTypeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(c)}'`));
}

import { excWithMessage } from "../../src/objects/exceptions.js";
function mkTypeError(msg: string): PyObject {
  return excWithMessage(TypeError, msg);
}

function findMethod(t: PyObject, name: string, cls: boolean): MethodDef {
  for (let cur: PyObject | null = t; cur !== null; cur = typeData(cur).base) {
    const defs = cls ? typeData(cur).classMethodDefs : typeData(cur).methodDefs;
    const m = defs[name];
    if (m) return m;
  }
  throw new Error(`no method ${name} on ${typeData(t).name}`);
}

export function callMethod(m: MethodDef, self: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  switch (m.kind) {
    case "noargs": return m.fn(self);
    case "o": return m.fn(self, args[0]!);
    case "fast": return m.fn(self, args);
    case "fastkw": return m.fn(self, args, kwnames);
  }
}

function hashObject(h: number | bigint): PyObject {
  return typeof h === "number" ? newInt(h) : newIntFromBig(h);
}

/** Run one fixture operation; returns a new reference. */
function run(op: string, args: PyObject[]): PyObject {
  const [a, b, c] = args as [PyObject, PyObject, PyObject];
  const bin = BINARY[op];
  if (bin !== undefined) return binaryOp(a, b, bin);
  if (op === "pow") return power(a, b, None);
  if (op === "pow3") return power(a, b, c);
  const cmp = COMPARE[op];
  if (cmp !== undefined) return richCompare(a, b, cmp);
  const un = UNARY[op];
  if (un !== undefined) return unaryOp(a, un[0], un[1]);
  switch (op) {
    case "bool": return pyBool(isTrue(a));
    case "repr": return tp(a).repr!(a);
    case "str": return (tp(a).str ?? tp(a).repr)!(a);
    case "hash": return hashObject(tp(a).hash!(a));
    case "index": return numberIndex(a);
    case "int": return typeData(IntType).new!(IntType, args, null);
    case "float": return typeData(FloatType).new!(FloatType, args, null);
    case "complex": return typeData(ComplexType).new!(ComplexType, args, null);
    case "boolnew": return typeData(BoolType).new!(BoolType, args, null);
    case "format": return tp(a).format!(a, b);
  }
  if (op === "m:to_bytes" && args.length === 4) return callMethod(findMethod(a.type, "to_bytes", false), a, args.slice(1), ["signed"]);
  if (op === "m:from_bytes") return callMethod(findMethod(IntType, "from_bytes", true), IntType, args, ["signed"]);
  if (op === "m:fromhex") return callMethod(findMethod(FloatType, "fromhex", true), FloatType, args);
  if (op.startsWith("m:")) return callMethod(findMethod(a.type, op.slice(2), false), a, args.slice(1));
  if (op.startsWith("a:")) {
    const name = op.slice(2);
    for (let cur: PyObject | null = a.type; cur !== null; cur = typeData(cur).base) {
      const g = typeData(cur).getsets[name];
      if (g) return g.get(a);
    }
  }
  throw new Error(`unknown op ${op}`);
}

interface Failure {
  op: string;
  args: string[];
  expected: Outcome;
  got: Outcome | string;
}

function runCase(op: string, encoded: string[], expected: Outcome): Failure | null {
  const liveBefore = rt.registry?.size ?? 0;
  const args = encoded.map(decode);
  const before = args.map((o) => o.rc);
  let got: Outcome;
  let result: PyObject | null = null;
  try {
    result = run(op, args);
    got = ["ok", pyRepr(result)];
  } catch (e) {
    if (!(e instanceof PyRaise)) {
      return { op, args: encoded, expected, got: `JS error: ${(e as Error).stack ?? String(e)}` };
    }
    got = ["err", typeName(e.exc), excMessage(e.exc)];
    decref(e.exc);
  }
  const after = args.map((o) => o.rc);
  let refProblem = "";
  for (let i = 0; i < args.length; i++) {
    if (isImmortal(args[i]!)) continue;
    // The result itself, or a tuple holding it, owns the extra references.
    let extra = result === args[i] ? 1 : 0;
    if (result !== null && result.type === TupleType) extra += tupleItems(result).filter((x) => x === args[i]).length;
    if (after[i] !== before[i]! + extra) refProblem += ` arg${i} rc ${before[i]} -> ${after[i]}`;
  }
  if (result !== null && !isImmortal(result) && !args.includes(result) && result.rc !== 1) refProblem += ` result rc ${result.rc}`;
  if (result !== null) decref(result);
  for (const o of args) decref(o);
  // Everything the case allocated (arguments, results, exceptions, temporaries) is freed.
  const leaked = (rt.registry?.size ?? 0) - liveBefore;
  if (leaked !== 0) refProblem += ` ${leaked} objects leaked`;
  if (JSON.stringify(got) !== JSON.stringify(expected) || refProblem) {
    return { op, args: encoded, expected, got: refProblem ? `${JSON.stringify(got)} REFS:${refProblem}` : got };
  }
  return null;
}

const groups = new Map<string, [string, string[], Outcome][]>();
for (const c of fx.cases) {
  const key = c[0].startsWith("m:") || c[0].startsWith("a:") ? "methods " + c[0].slice(2) : c[0];
  let g = groups.get(key);
  if (!g) groups.set(key, (g = []));
  g.push(c);
}

describe(`numbers vs CPython ${fx.version} (${fx.cases.length} cases)`, () => {
  for (const [key, cases] of groups) {
    it(`${key}: ${cases.length} cases`, () => {
      const failures: Failure[] = [];
      for (const [op, args, expected] of cases) {
        const f = runCase(op, args, expected);
        if (f) failures.push(f);
      }
      const text = failures.slice(0, 20).map((f) => `${f.op}(${f.args.join(", ")}): expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}`);
      expect(text.join("\n"), `${failures.length} of ${cases.length} failed`).toBe("");
    });
  }
});

function floatToBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

/** C pow for x >= 0 (what math.pow computes for these arguments). */
function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return x ** y;
  return correctPow(x, y);
}

describe(`correctly rounded libm vs glibc (${fx.libm.length} cases)`, () => {
  const fns: Record<string, (...a: number[]) => number> = {
    exp: crExp, log: crLog, sin: crSin, cos: crCos, atan2: crAtan2, hypot: crHypot, pow: libmPow,
  };
  for (const name of Object.keys(fns)) {
    it(name, () => {
      const bad: string[] = [];
      const hard: string[] = [];
      for (const [fn, args, want] of fx.libm) {
        if (fn !== name) continue;
        const xs = args.map(bitsToFloat);
        const got = fns[name]!(...xs);
        // math raises OverflowError/ValueError where C returns inf/nan: compare the value only.
        if (want === "OverflowError") {
          if (Number.isFinite(got)) bad.push(`${name}(${xs.join(", ")}) = ${got}, want overflow`);
        } else if (want === "ValueError") {
          continue;
        } else if (floatToBits(got) !== want) {
          // glibc is not correctly rounded on the hardest cases (pow(1e22, -0.32627403613951245):
          // the exact value lies 1.7e-19 relative below a midpoint and glibc rounds up). One
          // ulp apart on a handful of cases is accepted; anything else fails.
          const ulps = BigInt("0x" + floatToBits(got)) - BigInt("0x" + want);
          if (ulps === 1n || ulps === -1n) hard.push(`${name}(${xs.join(", ")})`);
          else bad.push(`${name}(${xs.join(", ")}) = ${got}, want ${bitsToFloat(want)}`);
        }
      }
      expect(bad.slice(0, 20).join("\n")).toBe("");
      expect(hard.length, hard.join("; ")).toBeLessThanOrEqual(2);
    });
  }
});

describe("leak check", () => {
  it("runs with the object registry (PYARENA_DEBUG=refs)", () => {
    expect(rt.registry).not.toBe(null);
  });
});

describe("sizes", () => {
  it("int.__sizeof__ + pre-header = sys.getsizeof", () => {
    for (const [enc, size] of fx.sizes.int) {
      const o = decode(enc);
      expect(findSlot(o.type, "sizeof")!(o) + typeData(o.type).preHeaderSize, enc).toBe(size);
      decref(o);
    }
  });
  it("float and complex", () => {
    const f = newFloat(1.5);
    expect(typeData(FloatType).sizeof!(f)).toBe(fx.sizes.float);
    const c = newComplex(0, 1);
    expect(typeData(ComplexType).sizeof!(c)).toBe(fx.sizes.complex);
    decref(f);
    decref(c);
  });
});

void incref;
void True;
void False;
