// range (Objects/rangeobject.c, CPython 3.12): a 48-byte object (not GC) holding
// start, stop, step and the precomputed length as int objects. Iteration uses
// range_iterator (40 bytes, C longs) when start, stop, step and the length fit in a
// C long, else longrange_iterator (40 bytes, int objects), as range_iter and
// range_reverse decide. Payload `v`: [start, stop, step, length] (owned ints).
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { False, None, NotImplemented, True, pyBool } from "./singletons.js";
import { BoolType, IntType, LongRangeIterType, RangeIterType, RangeType } from "./types.js";
import { CompareOp, typeData, typeName } from "./typeobject.js";
import { IndexError, OverflowError, TypeError, ValueError, raise } from "./exceptions.js";
import * as abs from "./abstract.js";
import { newTuple, tupleItems } from "./tupleobject.js";
import { newStr } from "./unicodeobject.js";
import { newInt, normInt } from "./longobject.js";
import { hashTuple } from "./pyhash.js";
import { hasIndex, indexValue, isSlice } from "./sliceobject.js";

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

function big(o: PyObject): bigint {
  return BigInt(o.v as number | bigint);
}

function intObj(v: bigint): PyObject {
  return newInt(normInt(v));
}

/** compute_range_length */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

function parts(r: PyObject): [bigint, bigint, bigint, bigint] {
  const [a, b, c, n] = r.v as PyObject[];
  return [big(a!), big(b!), big(c!), big(n!)];
}

/** make_range_object: length first, then the object (start/stop/step are taken over). */
function makeRange(type: PyObject, start: PyObject, stop: PyObject, step: PyObject): PyObject {
  const length = intObj(rangeLength(big(start), big(stop), big(step)));
  return allocObject(type, typeData(type).basicsize, [start, stop, step, length], null);
}

/** range(stop) / range(start, stop[, step]) with borrowed arguments. */
export function newRange(args: PyObject[]): PyObject {
  const n = args.length;
  if (n === 0) raise(TypeError, "range expected at least 1 argument, got 0");
  if (n > 3) raise(TypeError, `range expected at most 3 arguments, got ${n}`);
  const index = (o: PyObject): PyObject => intObj(BigInt(indexValue(o)));
  if (n === 1) return makeRange(RangeType, newInt(0), index(args[0]!), newInt(1));
  const start = index(args[0]!);
  let stop: PyObject;
  try {
    stop = index(args[1]!);
  } catch (e) {
    decref(start);
    throw e;
  }
  let step: PyObject;
  try {
    if (n < 3 || args[2] === None) step = newInt(1);
    else {
      step = index(args[2]!);
      if (big(step) === 0n) {
        decref(step);
        raise(ValueError, "range() arg 3 must not be zero");
      }
    }
  } catch (e) {
    decref(start);
    decref(stop);
    throw e;
  }
  return makeRange(RangeType, start, stop, step);
}

/** A range of JS integers (for the VM and tests). */
export function rangeOf(start: number | bigint, stop: number | bigint, step: number | bigint = 1): PyObject {
  return makeRange(RangeType, intObj(BigInt(start)), intObj(BigInt(stop)), intObj(BigInt(step)));
}

function rangeDealloc(r: PyObject): void {
  const items = r.v as PyObject[];
  r.v = null;
  for (const x of items) decref(x);
  freeObject(r);
}

function rangeRepr(r: PyObject): PyObject {
  const [a, b, c] = r.v as PyObject[];
  const sa = abs.reprText(a!);
  const sb = abs.reprText(b!);
  if (big(c!) === 1n) return newStr(`range(${sa}, ${sb})`);
  return newStr(`range(${sa}, ${sb}, ${abs.reprText(c!)})`);
}

function rangeLen(r: PyObject): number {
  const n = big((r.v as PyObject[])[3]!);
  if (n > LONG_MAX) raise(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(n);
}

function containsLong(r: PyObject, ob: bigint): boolean {
  const [start, stop, step] = parts(r);
  if (step > 0n ? !(start <= ob && ob < stop) : !(stop < ob && ob <= start)) return false;
  return (ob - start) % step === 0n;
}

function isExactInt(o: PyObject): boolean {
  return o.type === IntType || o.type === BoolType;
}

function rangeContains(r: PyObject, ob: PyObject): boolean {
  if (isExactInt(ob)) return containsLong(r, big(ob));
  const it = rangeIter(r);
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      let eq: boolean;
      try {
        eq = abs.richCompareBool(x, ob, CompareOp.EQ);
      } finally {
        decref(x);
      }
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

function computeItem(r: PyObject, i: bigint): PyObject {
  const [start, , step] = parts(r);
  return intObj(start + i * step);
}

function rangeSubscript(r: PyObject, key: PyObject): PyObject {
  if (hasIndex(key)) {
    const [, , , n] = parts(r);
    let i = BigInt(indexValue(key));
    if (i < 0n) i += n;
    if (i < 0n || i >= n) raise(IndexError, "range object index out of range");
    return computeItem(r, i);
  }
  if (isSlice(key)) {
    const [start, , step, n] = parts(r);
    const [sa, sb, sc] = key.v as PyObject[];
    const bigOr = (o: PyObject) => {
      if (!hasIndex(o)) raise(TypeError, "slice indices must be integers or None or have an __index__ method");
      return BigInt(indexValue(o));
    };
    const s = sc === None ? 1n : bigOr(sc!);
    if (s === 0n) raise(ValueError, "slice step cannot be zero");
    const neg = s < 0n;
    const lower = neg ? -1n : 0n;
    const upper = neg ? n - 1n : n;
    const clip = (o: PyObject, dflt: bigint) => {
      if (o === None) return dflt;
      let v = bigOr(o);
      if (v < 0n) {
        v += n;
        if (v < lower) v = lower;
      } else if (v > upper) v = upper;
      return v;
    };
    const i = clip(sa!, neg ? upper : lower);
    const j = clip(sb!, neg ? lower : upper);
    return makeRange(RangeType, intObj(start + i * step), intObj(start + j * step), intObj(step * s));
  }
  raise(TypeError, `range indices must be integers or slices, not ${typeName(key)}`);
}

function rangeEquals(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const [s0, , st0, n0] = parts(a);
  const [s1, , st1, n1] = parts(b);
  if (n0 !== n1) return false;
  if (n0 === 0n) return true;
  if (s0 !== s1) return false;
  if (n0 === 1n) return true;
  return st0 === st1;
}

function rangeRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (b.type !== RangeType || (op !== CompareOp.EQ && op !== CompareOp.NE)) return incref(NotImplemented);
  const eq = rangeEquals(a, b);
  return pyBool(op === CompareOp.EQ ? eq : !eq);
}

function rangeHash(r: PyObject): number | bigint {
  const [a, , c, n] = r.v as PyObject[];
  const ln = big(n!);
  const items: PyObject[] = [n!, ln === 0n ? None : a!, ln === 0n || ln === 1n ? None : c!];
  return abs.normHash(hashTuple(items.map((x) => BigInt(abs.hash(x)))));
}

// ---- iterators -------------------------------------------------------------------------

/** range_iterator state: numbers while safe, bigints otherwise (C long range). */
interface FastState {
  start: number | bigint;
  step: number | bigint;
  len: number | bigint;
}

function fastRangeIter(start: bigint, step: bigint, len: bigint): PyObject {
  const safe = (x: bigint) => x >= -9007199254740991n && x <= 9007199254740991n;
  const end = start + len * step;
  const useNum = safe(start) && safe(step) && safe(len) && safe(end);
  const state: FastState = useNum ? { start: Number(start), step: Number(step), len: Number(len) } : { start, step, len };
  return allocObject(RangeIterType, 40, state, null);
}

function longRangeIter(start: PyObject, step: PyObject, len: PyObject): PyObject {
  return allocObject(LongRangeIterType, 40, [start, step, len], null);
}

function fits(x: bigint): boolean {
  return x >= LONG_MIN && x <= LONG_MAX;
}

export function rangeIter(r: PyObject): PyObject {
  const [start, stop, step] = parts(r);
  if (fits(start) && fits(stop) && fits(step)) {
    const ulen = rangeLength(start, stop, step);
    let ok = ulen <= LONG_MAX;
    if (ok && ulen > 0n) {
      if (step > 0n) ok = stop <= LONG_MAX - (step - 1n);
      else ok = stop >= LONG_MIN + (-1n - step);
    }
    if (ok) return fastRangeIter(start, step, ulen);
  }
  const [a, , c, n] = r.v as PyObject[];
  return longRangeIter(incref(a!), incref(c!), incref(n!));
}

export function rangeReverse(r: PyObject): PyObject {
  const [start, stop, step, n] = parts(r);
  if (fits(start) && fits(stop) && fits(step) && step !== LONG_MIN) {
    if (!((step > 0n && start < LONG_MIN + step) || (step < 0n && start > LONG_MAX + step))) {
      const ulen = rangeLength(start, stop, step);
      if (ulen <= LONG_MAX) {
        const newStop = start - step;
        const newStart = newStop + ulen * step;
        return fastRangeIter(newStart, -step, ulen);
      }
    }
  }
  return longRangeIter(intObj(start + (n - 1n) * step), intObj(-step), intObj(n));
}

function rangeIterNext(it: PyObject): PyObject | null {
  const s = it.v as FastState;
  if (typeof s.len === "number") {
    if (s.len > 0) {
      const result = s.start as number;
      s.start = result + (s.step as number);
      s.len--;
      return newInt(result);
    }
    return null;
  }
  if ((s.len as bigint) > 0n) {
    const result = s.start as bigint;
    s.start = result + (s.step as bigint);
    s.len = (s.len as bigint) - 1n;
    return intObj(result);
  }
  return null;
}

function longRangeIterNext(it: PyObject): PyObject | null {
  const st = it.v as PyObject[];
  if (big(st[2]!) <= 0n) return null;
  const newStart = intObj(big(st[0]!) + big(st[1]!));
  const newLen = intObj(big(st[2]!) - 1n);
  const result = st[0]!;
  st[0] = newStart;
  decref(st[2]!);
  st[2] = newLen;
  return result;
}

const itData = typeData(RangeIterType);
itData.dealloc = (it) => freeObject(it);
itData.iter = (it) => incref(it);
itData.iternext = rangeIterNext;
itData.methodDefs["__length_hint__"] = { kind: "noargs", fn: (it) => intObj(BigInt((it.v as FastState).len)) };

const lit = typeData(LongRangeIterType);
lit.dealloc = (it) => {
  const st = it.v as PyObject[];
  it.v = null;
  for (const x of st) decref(x);
  freeObject(it);
};
lit.iter = (it) => incref(it);
lit.iternext = longRangeIterNext;
lit.methodDefs["__length_hint__"] = { kind: "noargs", fn: (it) => incref((it.v as PyObject[])[2]!) };

// ---- the type ---------------------------------------------------------------------------

const data = typeData(RangeType);
data.dealloc = rangeDealloc;
data.repr = rangeRepr;
data.hash = rangeHash;
data.richcompare = rangeRichCompare;
data.length = rangeLen;
data.bool = (r) => big((r.v as PyObject[])[3]!) !== 0n;
data.contains = rangeContains;
data.getitem = rangeSubscript;
data.iter = rangeIter;
data.sizeof = () => 48;
data.new = (_type, args, kwnames) => {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "range() takes no keyword arguments");
  return newRange(args);
};
data.methodDefs["__reversed__"] = { kind: "noargs", fn: rangeReverse };
data.methodDefs["__getitem__"] = { kind: "o", fn: rangeSubscript };
data.methodDefs["count"] = {
  kind: "o",
  fn: (r, ob) => {
    if (isExactInt(ob)) return newInt(containsLong(r, big(ob)) ? 1 : 0);
    let n = 0;
    const it = rangeIter(r);
    try {
      for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
        try {
          if (abs.richCompareBool(x, ob, CompareOp.EQ)) n++;
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
    return newInt(n);
  },
};
data.methodDefs["index"] = {
  kind: "o",
  fn: (r, ob) => {
    if (isExactInt(ob)) {
      if (!containsLong(r, big(ob))) raise(ValueError, `${abs.reprText(ob)} is not in range`);
      const [start, , step] = parts(r);
      return intObj((big(ob) - start) / step);
    }
    let i = 0;
    const it = rangeIter(r);
    try {
      for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it), i++) {
        try {
          if (abs.richCompareBool(x, ob, CompareOp.EQ)) return newInt(i);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
    raise(ValueError, "sequence.index(x): x not in sequence");
  },
};
data.getsets["start"] = { get: (r) => incref((r.v as PyObject[])[0]!) };
data.getsets["stop"] = { get: (r) => incref((r.v as PyObject[])[1]!) };
data.getsets["step"] = { get: (r) => incref((r.v as PyObject[])[2]!) };

export { True, False, newTuple };

// object.__sizeof__: the basic size (these objects own no separate buffers).
for (const t of [RangeIterType, LongRangeIterType]) {
  const d = typeData(t);
  if (d.sizeof === null) d.sizeof = () => d.basicsize;
}
