// slice (Objects/sliceobject.c, CPython 3.12): a 56-byte GC block (40 + GC header)
// holding start, stop and step; the interpreter keeps one dead slice object
// (`slice_cache`) and hands it out again. Slices are hashable since 3.12.
// Payload `v`: [start, stop, step] (owned references).
//
// Also here: the index conversions every sequence uses (PyNumber_AsSsize_t,
// _PyEval_SliceIndex, PySlice_Unpack, PySlice_AdjustIndices).
import { decref, incref, PyObject, PyRaise } from "./object.js";
import { allocObject, freeObject, onRuntimeReset, rt } from "./runtime.js";
import { None, NotImplemented, pyBool, True, False } from "./singletons.js";
import { BoolType, IntType, SliceType } from "./types.js";
import { CompareOp, isSubtype, tp, typeData, typeName } from "./typeobject.js";
import { IndexError, OverflowError, TypeError, ValueError, raise } from "./exceptions.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import * as abs from "./abstract.js";
import { newTuple } from "./tupleobject.js";
import { newStr } from "./unicodeobject.js";
import { newInt, normInt } from "./longobject.js";

export const PY_SSIZE_T_MAX = 9223372036854775807n;
export const PY_SSIZE_T_MIN = -9223372036854775808n;
/** Py_ssize_t bounds as JS numbers (only ever compared against real lengths). */
export const SSIZE_MAX = 2 ** 63;
export const SSIZE_MIN = -(2 ** 63);

// ---------------------------------------------------------------------------------
// Index conversions
// ---------------------------------------------------------------------------------

export function isIntObject(o: PyObject): boolean {
  return o.type === IntType || o.type === BoolType || isSubtype(o.type, IntType);
}

/** _PyIndex_Check */
export function hasIndex(o: PyObject): boolean {
  return isIntObject(o) || tp(o).index !== null;
}

/** PyNumber_Index: the integer value of o (via __index__), as a number or bigint. */
export function indexValue(o: PyObject): number | bigint {
  if (isIntObject(o)) return o.v as number | bigint;
  const slot = tp(o).index;
  if (slot === null) raise(TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = slot(o);
  try {
    if (!isIntObject(r)) raise(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return r.v as number | bigint;
  } finally {
    decref(r);
  }
}

/**
 * PyNumber_AsSsize_t(o, exc): the value as a JS number; out of the Py_ssize_t range
 * raises `exc` ("cannot fit 'int' into an index-sized integer"), or clamps when exc is null.
 */
export function asSsize(o: PyObject, exc: PyObject | null): number {
  const v = indexValue(o);
  if (typeof v === "number") return v;
  if (v > PY_SSIZE_T_MAX || v < PY_SSIZE_T_MIN) {
    if (exc === null) return v < 0n ? SSIZE_MIN : SSIZE_MAX;
    raise(exc, `cannot fit '${typeName(o)}' into an index-sized integer`);
  }
  return Number(v);
}

/** An index for seq[i] (PyNumber_AsSsize_t(item, PyExc_IndexError)). */
export function asIndex(o: PyObject): number {
  return asSsize(o, IndexError);
}

/** _PyEval_SliceIndex: None leaves the default; clamps huge values. */
export function sliceIndex(o: PyObject, dflt: number): number {
  if (o === None) return dflt;
  if (!hasIndex(o)) raise(TypeError, "slice indices must be integers or None or have an __index__ method");
  return asSsize(o, null);
}

export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
}

/** PySlice_Unpack */
export function sliceUnpack(s: PyObject): SliceBounds {
  const [startO, stopO, stepO] = s.v as [PyObject, PyObject, PyObject];
  let step = 1;
  if (stepO !== None) {
    step = sliceIndex(stepO, 1);
    if (step === 0) raise(ValueError, "slice step cannot be zero");
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  const start = startO === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(startO, 0);
  const stop = stopO === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndex(stopO, 0);
  return { start, stop, step };
}

/** PySlice_AdjustIndices: clips start/stop to the length; returns the slice length. */
export function sliceAdjust(length: number, b: SliceBounds): number {
  const { step } = b;
  if (b.start < 0) {
    b.start += length;
    if (b.start < 0) b.start = step < 0 ? -1 : 0;
  } else if (b.start >= length) {
    b.start = step < 0 ? length - 1 : length;
  }
  if (b.stop < 0) {
    b.stop += length;
    if (b.stop < 0) b.stop = step < 0 ? -1 : 0;
  } else if (b.stop >= length) {
    b.stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (b.stop < b.start) return Math.floor((b.start - b.stop - 1) / -step) + 1;
  } else if (b.start < b.stop) {
    return Math.floor((b.stop - b.start - 1) / step) + 1;
  }
  return 0;
}

/** Unpack and adjust in one step (PySlice_GetIndicesEx). */
export function sliceIndicesFor(s: PyObject, length: number): SliceBounds & { length: number } {
  const b = sliceUnpack(s);
  const n = sliceAdjust(length, b);
  return { ...b, length: n };
}

// ---------------------------------------------------------------------------------
// Slice objects
// ---------------------------------------------------------------------------------

let sliceCache: PyObject | null = null;
onRuntimeReset(() => {
  sliceCache = null;
});

export function isSlice(o: PyObject): boolean {
  return o.type === SliceType;
}

/** _PyBuildSlice_Consume2 with a consumed step: takes over all three references. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  let s = sliceCache;
  if (s !== null) {
    sliceCache = null;
    s.rc = 1;
    s.v = [start, stop, step];
    if (rt.registry !== null) rt.registry.add(s);
  } else {
    s = allocObject(SliceType, 56, [start, stop, step], null);
  }
  gcTrack(s);
  return s;
}

/** PySlice_New: borrowed arguments (null means None). */
export function sliceNew(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PyObject {
  return newSlice(incref(start ?? None), incref(stop ?? None), incref(step ?? None));
}

/** The slice cache (for tests and the heap inspector). */
export function sliceCacheObject(): PyObject | null {
  return sliceCache;
}

function sliceDealloc(s: PyObject): void {
  gcUntrack(s);
  const [start, stop, step] = s.v as [PyObject, PyObject, PyObject];
  s.v = null;
  decref(step);
  decref(start);
  decref(stop);
  if (sliceCache === null) {
    sliceCache = s;
    if (rt.registry !== null) rt.registry.delete(s);
  } else {
    freeObject(s);
  }
}

function sliceRepr(s: PyObject): PyObject {
  const [a, b, c] = s.v as [PyObject, PyObject, PyObject];
  return newStr(`slice(${abs.reprText(a)}, ${abs.reprText(b)}, ${abs.reprText(c)})`);
}

const MASK64 = (1n << 64n) - 1n;
/** slice_hash: xxHash-style like tuples, without the length term. */
function sliceHash(s: PyObject): number | bigint {
  let acc = 2870177450012600261n;
  for (const item of s.v as PyObject[]) {
    const lane = BigInt.asUintN(64, BigInt(abs.hash(item)));
    acc = (acc + lane * 14029467366897019727n) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * 11400714785074694791n) & MASK64;
  }
  if (acc === MASK64) return 1546275796;
  return abs.normHash(BigInt.asIntN(64, acc));
}

function sliceRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (a.type !== SliceType || b.type !== SliceType) return incref(NotImplemented);
  if (a === b) {
    return pyBool(op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE);
  }
  const t1 = newTuple((a.v as PyObject[]).map((x) => incref(x)));
  const t2 = newTuple((b.v as PyObject[]).map((x) => incref(x)));
  try {
    return abs.richCompare(t1, t2, op);
  } finally {
    decref(t2);
    decref(t1);
  }
}

/** slice.indices(length) with arbitrary-precision bounds (_PySlice_GetLongIndices). */
export function sliceIndicesMethod(s: PyObject, lengthObj: PyObject): PyObject {
  const length = BigInt(indexValue(lengthObj));
  if (length < 0n) raise(ValueError, "length should not be negative");
  const [startO, stopO, stepO] = s.v as [PyObject, PyObject, PyObject];
  const big = (o: PyObject): bigint => {
    if (!hasIndex(o)) raise(TypeError, "slice indices must be integers or None or have an __index__ method");
    return BigInt(indexValue(o));
  };
  const step = stepO === None ? 1n : big(stepO);
  if (step === 0n) raise(ValueError, "slice step cannot be zero");
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clip = (o: PyObject, dflt: bigint): bigint => {
    if (o === None) return dflt;
    let v = big(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) {
      v = upper;
    }
    return v;
  };
  const start = clip(startO, neg ? upper : lower);
  const stop = clip(stopO, neg ? lower : upper);
  return newTuple([newInt(normInt(start)), newInt(normInt(stop)), newInt(normInt(step))]);
}

const data = typeData(SliceType);
data.dealloc = sliceDealloc;
data.traverse = (s, visit) => {
  for (const x of s.v as PyObject[]) visit(x);
};
data.repr = sliceRepr;
data.hash = sliceHash;
data.richcompare = sliceRichCompare;
data.sizeof = () => 40;
data.new = (_type, args, kwnames) => {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0) raise(TypeError, "slice() takes no keyword arguments");
  if (args.length === 0) raise(TypeError, "slice expected at least 1 argument, got 0");
  if (args.length > 3) raise(TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return sliceNew(None, args[0]!, None);
  return sliceNew(args[0]!, args[1]!, args[2] ?? None);
};
data.methodDefs["indices"] = { kind: "o", fn: sliceIndicesMethod };
data.getsets["start"] = { get: (s) => incref((s.v as PyObject[])[0]!) };
data.getsets["stop"] = { get: (s) => incref((s.v as PyObject[])[1]!) };
data.getsets["step"] = { get: (s) => incref((s.v as PyObject[])[2]!) };

export { True, False, OverflowError, PyRaise };
