// Shared setup for the container tests: the dealloc hook, a check of the hash secret
// (PYTHONHASHSEED=0, as the fixtures were made), and minimal int/str/float slots
// when the number and str method modules are not loaded (installed only where missing).
import { readFileSync } from "node:fs";
import { it as vitestIt } from "vitest";
import { decref, PyObject, PyRaise, setDeallocHook } from "../../src/objects/object.js";
import { tp, typeData, CompareOp } from "../../src/objects/typeobject.js";
import { IntType, StrType, BoolType, FloatType } from "../../src/objects/types.js";
import { hashSecret, newStr } from "../../src/objects/unicodeobject.js";
import { newInt, normInt } from "../../src/objects/longobject.js";
import { newFloat } from "../../src/objects/floatobject.js";
import { hashFloat, hashInt } from "../../src/objects/pyhash.js";
import { None, True, False, NotImplemented, pyBool } from "../../src/objects/singletons.js";
import { newTuple, tupleItems } from "../../src/objects/tupleobject.js";
import { excState } from "../../src/objects/exceptions.js";
import { incref } from "../../src/objects/object.js";
import { setSequenceRepeat } from "../../src/objects/abstract.js";
import { rt } from "../../src/objects/runtime.js";

setDeallocHook((o) => {
  // slot inheritance is done by the runtime at start-up; here walk the bases
  for (let t: PyObject | null = o.type; t !== null; t = typeData(t).base) {
    const fn = typeData(t).dealloc;
    if (fn !== null) return fn(o);
  }
  throw new Error(`no dealloc for ${tp(o).name}`);
});

/** The fixtures were made with PYTHONHASHSEED=0; vitest.config.ts runs the tests with it too. */
export const hashSeedWasZero = hashSecret.bytes.every((b) => b === 0) && hashSecret.key.every((w) => w === 0);

function num(o: PyObject): number | bigint | null {
  if (o.type === IntType || o.type === BoolType) return o.v as number | bigint;
  return null;
}

const intData = typeData(IntType);
if (intData.hash === null) intData.hash = (o) => hashInt(o.v as number | bigint);
if (intData.index === null) intData.index = (o) => incref(o);
if (intData.bool === null) intData.bool = (o) => o.v !== 0 && o.v !== 0n;
if (intData.repr === null) intData.repr = (o) => newStr(String(o.v));
if (intData.richcompare === null) {
  intData.richcompare = (a, b, op) => {
    const x = num(a);
    let y: number | bigint | null = num(b);
    if (x === null) return incref(NotImplemented);
    if (y === null) {
      if (b.type === FloatType) y = b.v as number;
      else return incref(NotImplemented);
    }
    const c = x < y ? -1 : x > y ? 1 : 0;
    return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
  };
}
const boolData = typeData(BoolType);
for (const k of ["hash", "index", "richcompare", "bool"] as const) if (boolData[k] === null) (boolData as any)[k] = intData[k];
if (boolData.repr === null) boolData.repr = (o) => newStr(o.v ? "True" : "False");
const floatData = typeData(FloatType);
if (floatData.hash === null) floatData.hash = (o) => hashFloat(o.v as number);
if (floatData.repr === null) floatData.repr = (o) => newStr(String(o.v).includes(".") ? String(o.v) : `${o.v}.0`);
if (floatData.richcompare === null) {
  floatData.richcompare = (a, b, op) => {
    const x = a.v as number;
    const y = b.type === FloatType || b.type === IntType || b.type === BoolType ? Number(b.v) : null;
    if (y === null) return incref(NotImplemented);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
  };
}
const strData = typeData(StrType);
if (strData.repr === null) {
  strData.repr = (o) => {
    const s = o.v as string;
    const q = s.includes("'") && !s.includes('"') ? '"' : "'";
    return newStr(q + s.replace(/\\/g, "\\\\").replace(new RegExp(q, "g"), "\\" + q) + q);
  };
}
if (strData.richcompare === null) {
  strData.richcompare = (a, b, op) => {
    if (b.type !== StrType) return incref(NotImplemented);
    const x = a.v as string;
    const y = b.v as string;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
  };
}
const noneData = tp(None);
if (noneData.repr === null) noneData.repr = () => newStr("None");
if (noneData.hash === null) noneData.hash = () => 0x1a2b3c4d5n; // any constant: None hashes by address in CPython
setSequenceRepeat((seq, count) => tp(seq).repeat!(seq, Number(count.v)));

export const fx = JSON.parse(readFileSync(new URL("../fixtures/containers.json", import.meta.url), "utf8"));

/** Decode a fixture value: number → int, string → str, array → tuple, null → None. */
export function py(v: unknown): PyObject {
  if (v === null) return None;
  if (typeof v === "number") return newInt(v);
  if (typeof v === "string") return newStr(v);
  if (Array.isArray(v)) return newTuple(v.map(py));
  if (typeof v === "object" && v !== null && "b" in v) return (v as { b: boolean }).b ? True : False;
  if (typeof v === "object" && v !== null && "i" in v) return newInt(normInt(BigInt((v as { i: string }).i)));
  if (typeof v === "object" && v !== null && "f" in v) return newFloat((v as { f: number }).f);
  throw new Error(`cannot decode ${JSON.stringify(v)}`);
}

/** Encode a PyObject back into the fixture form. */
export function js(o: PyObject): unknown {
  if (o === None) return null;
  if (o === True || o === False) return { b: o === True };
  if (o.type === IntType) return typeof o.v === "bigint" ? { i: o.v.toString() } : Number.isSafeInteger(o.v) ? o.v : { i: BigInt(o.v).toString() };
  if (o.type === StrType) return o.v;
  if (o.type === FloatType) return { f: o.v };
  if (Array.isArray(o.v) && o.type.v.name === "tuple") return tupleItems(o).map(js);
  throw new Error(`cannot encode ${tp(o).name}`);
}

/** Run fn expecting a Python exception; returns [type name, str(exc)] and releases it. */
export function pyErr(fn: () => unknown): [string, string] | null {
  try {
    const r = fn();
    if (r instanceof PyObject) decref(r);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    const exc = e.exc;
    const args = tupleItems(excState(exc).args);
    let msg: string;
    if (args.length === 1) {
      const a = args[0]!;
      // KeyError.__str__ is repr(arg); other exceptions str(arg)
      if (exc.type.v.name !== "KeyError" && a.type === StrType) msg = a.v as string;
      else {
        const r = tp(a).repr!(a);
        msg = r.v as string;
        decref(r);
      }
    } else msg = "";
    const r: [string, string] = [exc.type.v.name as string, msg];
    decref(exc);
    return r;
  }
  return null;
}

export function blocks(): number {
  return rt.heap.allocatedBlocks();
}

export function sizeofObj(o: PyObject): number {
  return tp(o).sizeof!(o) + tp(o).preHeaderSize;
}

export { CompareOp };

/** Turn a PyRaise escaping a test into a readable JS error. */
export function explain<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyRaise) {
      const args = tupleItems(excState(e.exc).args);
      throw new Error(`${e.exc.type.v.name}: ${args.map((a) => (a.type === StrType ? a.v : tp(a).name)).join(", ")}`);
    }
    throw e;
  }
}

/** `it` whose Python exceptions are reported readably. */
export function it(name: string, fn: () => void): void {
  vitestIt(name, () => explain(fn));
}

import { makeStaticType, TPFLAGS_BASETYPE } from "../../src/objects/typeobject.js";
import { allocObject, freeObject } from "../../src/objects/runtime.js";

/** A test-only type whose instances hash to a fixed value and run `onEq` when compared. */
export const ProbeType = makeStaticType("Probe", 16, 0, TPFLAGS_BASETYPE);
const probeData = typeData(ProbeType);
probeData.dealloc = (o) => freeObject(o);
probeData.hash = (o) => (o.v as { hash: number }).hash;
probeData.repr = (o) => newStr(`Probe(${(o.v as { name: string }).name})`);
probeData.richcompare = (a, b, op) => {
  if (b.type !== ProbeType || op !== CompareOp.EQ) return incref(NotImplemented);
  const st = a.v as { onEq: (() => void) | null; name: string };
  if (st.onEq !== null) st.onEq();
  return pyBool(st.name === (b.v as { name: string }).name);
};
export function newProbe(name: string, hash: number, onEq: (() => void) | null = null): PyObject {
  return allocObject(ProbeType, 16, { name, hash, onEq }, null);
}

/** A test-only callable type wrapping a JS function of borrowed args returning a new reference. */
export const FnType = makeStaticType("testfn", 16, 0, 0);
const fnData = typeData(FnType);
fnData.dealloc = (o) => freeObject(o);
fnData.call = (f, args) => (f.v as (args: PyObject[]) => PyObject)(args);
export function newFn(fn: (args: PyObject[]) => PyObject): PyObject {
  return allocObject(FnType, 16, fn, null);
}
