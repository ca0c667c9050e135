// tuple behaviour on top of the core (tupleobject.ts): repr, hash, comparison,
// indexing and slicing, concatenation and repetition, iteration (tuple_iterator,
// 32 + 16 GC bytes), index/count, and the constructor with PySequence_Tuple's
// growth (guess from the length hint, grow by (n + 10) * 1.25, cut back).
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject, reallocBuffer } from "./runtime.js";
import { None, NotImplemented, pyBool } from "./singletons.js";
import { ListType, TupleIterType, TupleType } from "./types.js";
import { CompareOp, isSubtype, tp, typeData, typeName } from "./typeobject.js";
import { IndexError, TypeError, ValueError, raise } from "./exceptions.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import * as abs from "./abstract.js";
import { EmptyTuple, newTuple, tupleItems, tupleSize } from "./tupleobject.js";
import { listItems } from "./listobject.js";
import { newStr } from "./unicodeobject.js";
import { newInt } from "./longobject.js";
import { hashTuple } from "./pyhash.js";
import { asIndex, hasIndex, isSlice, sliceIndex, sliceIndicesFor, SSIZE_MAX } from "./sliceobject.js";
import { lengthHint } from "./iterobject.js";

export function isTuple(o: PyObject): boolean {
  return o.type === TupleType || isSubtype(o.type, TupleType);
}

/** A new tuple of borrowed items. */
export function tupleFromArray(items: readonly PyObject[]): PyObject {
  if (items.length === 0) return EmptyTuple;
  return newTuple(items.map((x) => incref(x)));
}

function tupleRepr(t: PyObject): PyObject {
  const items = tupleItems(t);
  if (items.length === 0) return newStr("()");
  if (!abs.reprEnter(t)) return newStr("(...)");
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(abs.reprText(items[i]!));
    return newStr(items.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
  } finally {
    abs.reprLeave(t);
  }
}

export function tupleHash(t: PyObject): number | bigint {
  const hashes = tupleItems(t).map((x) => BigInt(abs.hash(x)));
  return abs.normHash(hashTuple(hashes));
}

/** Lexicographic comparison shared by tuples and lists (items read live each step). */
export function sequenceRichCompare(a: PyObject, b: PyObject, op: CompareOp, itemsOf: (o: PyObject) => PyObject[]): PyObject {
  let i = 0;
  for (; ; i++) {
    const va = itemsOf(a);
    const vb = itemsOf(b);
    if (i >= va.length || i >= vb.length) break;
    const x = incref(va[i]!);
    const y = incref(vb[i]!);
    let eq: boolean;
    try {
      eq = x === y || abs.richCompareBool(x, y, CompareOp.EQ);
    } finally {
      decref(x);
      decref(y);
    }
    if (!eq) break;
  }
  const va = itemsOf(a);
  const vb = itemsOf(b);
  if (i >= va.length || i >= vb.length) {
    const la = va.length;
    const lb = vb.length;
    const r = [la < lb, la <= lb, la === lb, la !== lb, la > lb, la >= lb][op]!;
    return pyBool(r);
  }
  if (op === CompareOp.EQ) return pyBool(false);
  if (op === CompareOp.NE) return pyBool(true);
  const x = incref(va[i]!);
  const y = incref(vb[i]!);
  try {
    return abs.richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

function tupleRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isTuple(a) || !isTuple(b)) return incref(NotImplemented);
  return sequenceRichCompare(a, b, op, tupleItems);
}

export function tupleSubscript(t: PyObject, key: PyObject): PyObject {
  const items = tupleItems(t);
  if (hasIndex(key)) {
    let i = asIndex(key);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise(IndexError, "tuple index out of range");
    return incref(items[i]!);
  }
  if (isSlice(key)) {
    const s = sliceIndicesFor(key, items.length);
    if (s.length <= 0) return EmptyTuple;
    if (s.start === 0 && s.step === 1 && s.length === items.length && t.type === TupleType) return incref(t);
    const out: PyObject[] = [];
    for (let k = 0, cur = s.start; k < s.length; k++, cur += s.step) out.push(incref(items[cur]!));
    return newTuple(out);
  }
  raise(TypeError, `tuple indices must be integers or slices, not ${typeName(key)}`);
}

function tupleContains(t: PyObject, el: PyObject): boolean {
  const items = tupleItems(t);
  for (let i = 0; i < items.length; i++) {
    if (abs.richCompareBool(items[i]!, el, CompareOp.EQ)) return true;
  }
  return false;
}

function tupleConcat(a: PyObject, b: PyObject): PyObject {
  if (!isTuple(b)) raise(TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
  const va = tupleItems(a);
  const vb = tupleItems(b);
  if (va.length === 0 && b.type === TupleType) return incref(b);
  if (vb.length === 0 && a.type === TupleType) return incref(a);
  if (va.length + vb.length === 0) return EmptyTuple;
  return newTuple([...va, ...vb].map((x) => incref(x)));
}

function tupleRepeat(a: PyObject, n: number): PyObject {
  const items = tupleItems(a);
  if (items.length === 0 || n === 1) {
    if (a.type === TupleType) return incref(a);
  }
  if (items.length === 0 || n <= 0) return EmptyTuple;
  if (items.length * n > 2 ** 60) raise(TypeError, "repeated tuple is too long");
  const out: PyObject[] = new Array(items.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (const x of items) out[k++] = incref(x);
  return newTuple(out);
}

/** index/count argument parsing: start/stop through _PyEval_SliceIndexNotNone. */
export function indexBounds(args: PyObject[], length: number): [number, number] {
  const notNone = (o: PyObject): number => {
    if (!hasIndex(o)) raise(TypeError, "slice indices must be integers or have an __index__ method");
    return sliceIndex(o, 0);
  };
  let start = args.length > 1 ? notNone(args[1]!) : 0;
  let stop = args.length > 2 ? notNone(args[2]!) : SSIZE_MAX;
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = 0;
  }
  return [start, stop];
}

export function checkArgCount(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) raise(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) raise(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

function tupleIndex(t: PyObject, args: PyObject[]): PyObject {
  checkArgCount("index", args, 1, 3);
  const [start, stop] = indexBounds(args, tupleItems(t).length);
  const items = tupleItems(t);
  for (let i = start; i < stop && i < items.length; i++) {
    if (abs.richCompareBool(items[i]!, args[0]!, CompareOp.EQ)) return newInt(i);
  }
  raise(ValueError, "tuple.index(x): x not in tuple");
}

function tupleCount(t: PyObject, value: PyObject): PyObject {
  let n = 0;
  for (const x of tupleItems(t)) if (abs.richCompareBool(x, value, CompareOp.EQ)) n++;
  return newInt(n);
}

// ---- construction ---------------------------------------------------------------

/** _PyTuple_Resize of a tuple being filled (exclusively owned); unfilled slots hold None. */
function tupleResize(t: PyObject, n: number): PyObject {
  const items = tupleItems(t);
  const old = items.length;
  if (old === n) return t;
  if (n === 0) {
    decref(t);
    return EmptyTuple;
  }
  if (old === 0) return newTuple(new Array(n).fill(None));
  gcUntrack(t);
  t.addr = reallocBuffer(t.addr, tupleSize(n));
  if (n < old) items.length = n;
  else for (let i = old; i < n; i++) items.push(None);
  gcTrack(t);
  return t;
}

/** PySequence_Tuple: tuple(v). */
export function sequenceTuple(v: PyObject): PyObject {
  if (v.type === TupleType) return incref(v);
  if (v.type === ListType) return tupleFromArray(listItems(v));
  const it = abs.getIter(v);
  try {
    let n = lengthHint(v, 10);
    let result = n === 0 ? EmptyTuple : newTuple(new Array(n).fill(None));
    let j = 0;
    try {
      for (;;) {
        const item = abs.iterNext(it);
        if (item === null) break;
        if (j >= n) {
          let newn = n + 10;
          newn += newn >> 2;
          n = newn;
          result = tupleResize(result, n);
        }
        tupleItems(result)[j] = item;
        j++;
      }
      if (j < n) result = tupleResize(result, j);
      return result;
    } catch (e) {
      decref(result);
      throw e;
    }
  } finally {
    decref(it);
  }
}

function tupleNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "tuple() takes no keyword arguments");
  if (args.length > 1) raise(TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  const base = args.length === 0 ? EmptyTuple : sequenceTuple(args[0]!);
  if (type === TupleType) return base;
  // A subclass instance: tp_alloc of the subtype, items copied over.
  const items = tupleItems(base).map((x) => incref(x));
  decref(base);
  const data = typeData(type);
  const o = allocObject(type, data.basicsize + 8 * items.length + data.preHeaderSize, items, null);
  gcTrack(o);
  return o;
}

// ---- tuple_iterator (tupleiterobject: it_index, it_seq) -----------------------------

export function newTupleIter(t: PyObject): PyObject {
  const it = allocObject(TupleIterType, 48, incref(t), 0);
  gcTrack(it);
  return it;
}

function tupleIterNext(it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null;
  if (seq === null) return null;
  const items = tupleItems(seq);
  const i = it.w as number;
  if (i < items.length) {
    it.w = i + 1;
    return incref(items[i]!);
  }
  it.v = null;
  decref(seq);
  return null;
}

function seqIterDealloc(it: PyObject): void {
  gcUntrack(it);
  const seq = it.v as PyObject | null;
  it.v = null;
  if (seq !== null) decref(seq);
  freeObject(it);
}

const itData = typeData(TupleIterType);
itData.dealloc = seqIterDealloc;
itData.traverse = (it, visit) => {
  if (it.v !== null) visit(it.v as PyObject);
};
itData.iter = (it) => incref(it);
itData.iternext = tupleIterNext;
itData.sizeof = () => 32;
itData.methodDefs["__length_hint__"] = {
  kind: "noargs",
  fn: (it) => {
    const seq = it.v as PyObject | null;
    return newInt(seq === null ? 0 : Math.max(0, tupleItems(seq).length - (it.w as number)));
  },
};

const data = typeData(TupleType);
data.repr = tupleRepr;
data.hash = tupleHash;
data.richcompare = tupleRichCompare;
data.getitem = tupleSubscript;
data.contains = tupleContains;
data.concat = tupleConcat;
data.repeat = tupleRepeat;
data.iter = newTupleIter;
data.new = tupleNew;
data.methodDefs["index"] = { kind: "fast", fn: tupleIndex };
data.methodDefs["count"] = { kind: "o", fn: tupleCount };
data.methodDefs["__getitem__"] = { kind: "o", fn: tupleSubscript };
data.methodDefs["__sizeof__"] = { kind: "noargs", fn: (t) => newInt(24 + 8 * tupleItems(t).length) };
data.methodDefs["__getnewargs__"] = { kind: "noargs", fn: (t) => newTuple([tupleFromArray(tupleItems(t))]) };

export { seqIterDealloc };
void tp;
