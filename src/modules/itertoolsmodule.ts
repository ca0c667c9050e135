// The itertools module (Modules/itertoolsmodule.c, CPython 3.12): every iterator is a
// GC object of its own type, laid out as CPython's so that sys.getsizeof agrees
// (basicsize + 16 for the GC header; product, combinations, ... add their index
// arrays), with CPython's argument errors and reprs. In 3.12 these types are heap
// types whose instances visit their type in tp_traverse; here they are static types
// that do the same (gc.get_referents shows the class first, as CPython's does).
//
// Payloads: `v` holds a per-type state object (owned references as its fields), `w`
// stays free so that subclasses may have __slots__. The index arrays of product,
// combinations(_with_replacement) and permutations are PyMem blocks in CPython:
// they are allocated here as buffers of the same size, in the same order. These
// types have no vectorcall in 3.12, so a call builds an argument tuple (and a
// keywords dict) around tp_new (withCallArgs): chain iterates that very tuple.
import { decref, incref, PyObject, PyRaise, xdecref } from "../objects/object.js";
import { allocBuffer, allocObject, freeBuffer, freeObject, reallocBuffer } from "../objects/runtime.js";
import {
  makeStaticType, typeData, tp, typeName, isSubtype, CompareOp, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, type MethodDef,
} from "../objects/typeobject.js";
import { gcTrack, gcUntrack, isTracked } from "../objects/gcheader.js";
import { raise, TypeError, ValueError, RuntimeError, StopIteration, OverflowError, AttributeError } from "../objects/exceptions.js";
import * as abs from "../objects/abstract.js";
import { None } from "../objects/singletons.js";
import { EmptyTuple, newTuple, tupleItems, tupleSize } from "../objects/tupleobject.js";
import { sequenceTuple, tupleFromArray } from "../objects/tuplemethods.js";
import { newList, listAppend, listItems } from "../objects/listobject.js";
import { newInt, normInt } from "../objects/longobject.js";
import { newStr, internStr } from "../objects/unicodeobject.js";
import { newDict, newDictPresized, dictSetItem } from "../objects/dictobject.js";
import { newModule } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { clearWeakrefs } from "../objects/weakrefobject.js";
import { BoolType, ComplexType, TupleType, ListType } from "../objects/types.js";
import { checkPositional } from "../objects/intmethods.js";
import { isIntObject } from "../objects/sliceobject.js";
import { registerModule } from "../vm/imports.js";
import { kwargsDict, withCallArgs } from "../objects/callargs.js";

// ---- shared helpers ---------------------------------------------------------------------------

const GC_BASE = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;

function itType(name: string, basicsize: number, base = true): PyObject {
  const t = makeStaticType(`itertools.${name}`, basicsize, 0, base ? GC_BASE : TPFLAGS_HAVE_GC);
  typeData(t).slotsInW = true;
  return t;
}

/** tp_alloc (PyType_GenericAlloc): the block, a slot array for subclasses with __slots__, tracked at once. */
function allocIter(type: PyObject, state: unknown): PyObject {
  const data = typeData(type);
  const slots = data.heap?.slotCount ?? 0;
  const o = allocObject(type, data.basicsize + data.preHeaderSize, state, slots > 0 ? new Array<PyObject | null>(slots).fill(null) : null);
  gcTrack(o);
  return o;
}

/** _PyType_Name: the part of tp_name after the last dot (reprs use it, subclasses show their own name). */
function shortName(o: PyObject): string {
  const name = typeData(o.type).name;
  return name.slice(name.lastIndexOf(".") + 1);
}

function kwNames(kwnames: PyObject | null): string[] {
  return kwnames === null ? [] : tupleItems(kwnames).map((k) => k.v as string);
}

function noKeywords(fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, `${fname}() takes no keyword arguments`);
}

/** Parsed arguments: at least four entries (null for the ones not given), so destructuring is typed. */
export type Unpacked = [PyObject | null, PyObject | null, PyObject | null, PyObject | null, ...(PyObject | null)[]];

/**
 * _PyArg_UnpackKeywords as Argument Clinic uses it: `names` are the parameters in order,
 * the first `posonly` positional-only; `minpos` are required, at most `maxpos` may be
 * given by position. Missing optional ones come back as null.
 */
export function unpackKeywords(
  fname: string, names: string[], posonly: number, minpos: number, maxpos: number, args: PyObject[], kwnames: PyObject | null,
): Unpacked {
  const kws = kwNames(kwnames);
  const nkw = kws.length;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  if (nargs + nkw > maxargs) {
    raise(TypeError, `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) raise(TypeError, `${fname}() takes no positional arguments`);
    raise(TypeError, `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    raise(TypeError, `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${minposonly === 1 ? "" : "s"} (${nargs} given)`);
  }
  const out = new Array<PyObject | null>(Math.max(maxargs, 4)).fill(null) as Unpacked;
  for (let i = 0; i < nargs; i++) out[i] = args[i]!;
  let remaining = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let current: PyObject | null = null;
    if (remaining > 0) {
      const k = kws.indexOf(names[i]!);
      if (k >= 0) current = args[nargs + k]!;
    } else if (i >= minpos) {
      break;
    }
    out[i] = current;
    if (current !== null) remaining--;
    else if (i < minpos) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (kws.includes(names[i]!)) raise(TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kws) {
      const idx = names.indexOf(k);
      if (idx < posonly) raise(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** The Py_ssize_t converter of Argument Clinic: __index__, then OverflowError outside the C range. */
export function ssizeArg(o: PyObject): number {
  const v = abs.indexValue(o);
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) raise(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** PyNumber_AsSsize_t(o, OverflowError) with the error swallowed: -1 on any failure, as islice reads it. */
function ssizeOrMinusOne(o: PyObject): number {
  try {
    return ssizeArg(o);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return -1;
  }
}

/** Replace item i of a tuple this iterator owns exclusively (PyTuple_SET_ITEM + DECREF of the old). */
function setTupleItem(t: PyObject, i: number, item: PyObject): void {
  const items = tupleItems(t);
  const old = items[i]!;
  items[i] = item;
  decref(old);
}

/** A new tuple with the items of `t` (_PyTuple_FromArray). */
function copyTuple(t: PyObject): PyObject {
  return newTuple(tupleItems(t).map((x) => incref(x)));
}

/** bpo-42536: a recycled result tuple may have been untracked by the collector. */
function retrack(t: PyObject): void {
  if (t !== EmptyTuple && !isTracked(t)) gcTrack(t);
}

/** _PyTuple_Resize of a tuple still being filled (its unfilled slots hold None). */
function tupleResize(t: PyObject, n: number): PyObject {
  const items = tupleItems(t);
  const old = items.length;
  if (old === n) return t;
  if (n === 0) {
    decref(t);
    return EmptyTuple;
  }
  gcUntrack(t);
  for (let i = old - 1; i >= n; i--) decref(items[i]!);
  items.length = n;
  t.addr = reallocBuffer(t.addr, tupleSize(n));
  gcTrack(t);
  return t;
}

function isStopIteration(e: unknown): e is PyRaise {
  return e instanceof PyRaise && isSubtype(e.exc.type, StopIteration);
}

/** PyNumber_Check */
function isNumber(o: PyObject): boolean {
  const d = tp(o);
  return d.index !== null || d.int !== null || d.float !== null || o.type === ComplexType || isSubtype(o.type, ComplexType);
}

/** Install dealloc/traverse/iter/iternext from the list of owned fields (in CPython's dealloc and traverse orders). */
function slots<S extends object>(
  type: PyObject,
  spec: {
    dealloc: (keyof S)[];
    traverse: (keyof S)[];
    iternext: (o: PyObject) => PyObject | null;
    free?: (st: S) => void;
  },
): void {
  const data = typeData(type);
  data.dealloc = (o) => {
    gcUntrack(o);
    const st = o.v as Record<keyof S, unknown> | null;
    if (st !== null) {
      for (const f of spec.dealloc) {
        const v = st[f] as PyObject | null;
        st[f] = null;
        xdecref(v);
      }
      if (spec.free) spec.free(st as S);
    }
    o.v = null;
    freeObject(o);
  };
  data.traverse = (o, visit) => {
    if (typeData(o.type).heap === null) visit(o.type);
    const st = o.v as Record<keyof S, unknown> | null;
    if (st === null) return;
    for (const f of spec.traverse) {
      const v = st[f] as PyObject | null;
      if (v !== null && v !== undefined) visit(v);
    }
  };
  data.iter = (o) => incref(o);
  data.iternext = spec.iternext;
}

function st<S>(o: PyObject): S {
  return o.v as S;
}

// ---- count -------------------------------------------------------------------------------------

const SSIZE_MAX = 9223372036854775807n;

interface CountState {
  /** the fast-mode counter, or "slow" (CPython's cnt == PY_SSIZE_T_MAX) */
  cnt: number | bigint | "slow";
  longCnt: PyObject | null;
  longStep: PyObject | null;
}

export const CountType = itType("count", 40);

typeData(CountType).new = (type, args, kwnames) => {
  const [start, step] = unpackKeywords("count", ["start", "step"], 0, 0, 2, args, kwnames);
  if ((start !== null && !isNumber(start)) || (step !== null && !isNumber(step))) raise(TypeError, "a number is required");
  let fast = (start === null || isIntObject(start)) && (step === null || isIntObject(step));
  let cnt: number | bigint = 0;
  if (start !== null && fast) {
    const v = start.v as number | bigint;
    if (typeof v === "bigint" && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) fast = false;
    else cnt = typeof v === "bigint" ? normInt(v) : v;
  }
  const longCnt = start === null ? newInt(0) : incref(start);
  const longStep = step === null ? newInt(1) : incref(step);
  if (fast) {
    const s = longStep.v as number | bigint;
    if (!(s === 1 || s === 1n)) fast = false;
  }
  const state: CountState = { cnt: fast ? cnt : "slow", longCnt: fast ? null : longCnt, longStep };
  if (fast) decref(longCnt);
  return allocIter(type, state);
};

function countNext(o: PyObject): PyObject | null {
  const s = st<CountState>(o);
  const cnt = s.cnt;
  if (typeof cnt === "number" && cnt < Number.MAX_SAFE_INTEGER) {
    s.cnt = cnt + 1;
    return newInt(cnt);
  }
  if (cnt !== "slow" && BigInt(cnt) < SSIZE_MAX) {
    s.cnt = normInt(BigInt(cnt) + 1n);
    return newInt(cnt);
  }
  // count_nextlong: the running value is an object, advanced with PyNumber_Add
  if (s.longCnt === null) s.longCnt = newInt(SSIZE_MAX);
  s.cnt = "slow";
  const steppedUp = abs.binaryOp(s.longCnt, s.longStep!, "add");
  const returned = s.longCnt;
  s.longCnt = steppedUp;
  return returned;
}

slots<CountState>(CountType, { dealloc: ["longCnt", "longStep"], traverse: ["longCnt", "longStep"], iternext: countNext });
typeData(CountType).repr = (o) => {
  const s = st<CountState>(o);
  const name = shortName(o);
  if (s.cnt !== "slow") return newStr(`${name}(${s.cnt})`);
  const step = s.longStep!;
  if (isIntObject(step)) {
    const v = step.v as number | bigint;
    if (v === 1 || v === 1n) return newStr(`${name}(${abs.reprText(s.longCnt!)})`);
  }
  return newStr(`${name}(${abs.reprText(s.longCnt!)}, ${abs.reprText(step)})`);
};

// ---- cycle -------------------------------------------------------------------------------------

interface CycleState {
  it: PyObject | null;
  saved: PyObject | null;
  index: number;
  firstpass: boolean;
}

export const CycleType = itType("cycle", 48);

typeData(CycleType).new = (type, args, kwnames) => {
  if (type === CycleType) noKeywords("cycle", kwnames);
  checkPositional("cycle", args.length, 1, 1);
  const it = abs.getIter(args[0]!);
  let saved: PyObject;
  try {
    saved = newList([]);
  } catch (e) {
    decref(it);
    throw e;
  }
  return allocIter(type, { it, saved, index: 0, firstpass: false } satisfies CycleState);
};

function cycleNext(o: PyObject): PyObject | null {
  const s = st<CycleState>(o);
  if (s.it !== null) {
    const item = abs.iterNext(s.it);
    if (item !== null) {
      if (s.firstpass) return item;
      listAppend(s.saved!, incref(item));
      return item;
    }
    const it = s.it;
    s.it = null;
    decref(it);
  }
  const saved = listItems(s.saved!);
  if (saved.length === 0) return null;
  const item = saved[s.index]!;
  s.index++;
  if (s.index >= saved.length) s.index = 0;
  return incref(item);
}

slots<CycleState>(CycleType, { dealloc: ["it", "saved"], traverse: ["it", "saved"], iternext: cycleNext });

// ---- repeat ------------------------------------------------------------------------------------

interface RepeatState {
  element: PyObject | null;
  /** -1: forever */
  cnt: number;
}

export const RepeatType = itType("repeat", 32);

typeData(RepeatType).new = (type, args, kwnames) => {
  const [element, times] = unpackKeywords("repeat", ["object", "times"], 0, 1, 2, args, kwnames);
  let cnt = -1;
  if (times !== null) {
    cnt = ssizeArg(times);
    if (cnt < 0) cnt = 0;
  }
  return allocIter(type, { element: incref(element!), cnt } satisfies RepeatState);
};

function repeatNext(o: PyObject): PyObject | null {
  const s = st<RepeatState>(o);
  if (s.cnt === 0) return null;
  if (s.cnt > 0) s.cnt--;
  return incref(s.element!);
}

slots<RepeatState>(RepeatType, { dealloc: ["element"], traverse: ["element"], iternext: repeatNext });
typeData(RepeatType).repr = (o) => {
  const s = st<RepeatState>(o);
  if (s.cnt === -1) return newStr(`${shortName(o)}(${abs.reprText(s.element!)})`);
  return newStr(`${shortName(o)}(${abs.reprText(s.element!)}, ${s.cnt})`);
};
typeData(RepeatType).methodDefs["__length_hint__"] = {
  kind: "noargs",
  fn: (o) => {
    const s = st<RepeatState>(o);
    if (s.cnt === -1) raise(TypeError, "len() of unsized object");
    return newInt(s.cnt);
  },
};

// ---- chain -------------------------------------------------------------------------------------

interface ChainState {
  /** iterator over the iterables */
  source: PyObject | null;
  /** the iterator currently being consumed */
  active: PyObject | null;
}

export const ChainType = itType("chain", 32);

function chainFromSource(type: PyObject, source: PyObject): PyObject {
  return allocIter(type, { source, active: null } satisfies ChainState);
}

typeData(ChainType).new = (type, args, kwnames) =>
  withCallArgs(args, kwnames, (argsTuple) => {
    if (type === ChainType) noKeywords("chain", kwnames);
    // chain_new iterates the call's argument tuple
    return chainFromSource(type, abs.getIter(argsTuple));
  });

typeData(ChainType).classMethodDefs["from_iterable"] = {
  kind: "fast",
  fn: (type, args) => {
    if (args.length !== 1) raise(TypeError, `chain.from_iterable() takes exactly one argument (${args.length} given)`);
    const source = abs.getIter(args[0]!);
    return chainFromSource(type, source);
  },
};

function chainNext(o: PyObject): PyObject | null {
  const s = st<ChainState>(o);
  while (s.source !== null) {
    if (s.active === null) {
      let iterable: PyObject | null;
      try {
        iterable = abs.iterNext(s.source);
      } catch (e) {
        clearChainSource(s);
        throw e;
      }
      if (iterable === null) {
        clearChainSource(s);
        return null;
      }
      try {
        s.active = abs.getIter(iterable);
      } catch (e) {
        clearChainSource(s);
        throw e;
      } finally {
        decref(iterable);
      }
    }
    let item: PyObject | null;
    try {
      item = abs.iterNext(s.active);
    } catch (e) {
      if (!isStopIteration(e)) throw e;
      decref(e.exc);
      item = null;
    }
    if (item !== null) return item;
    const active = s.active;
    s.active = null;
    decref(active);
  }
  return null;
}

function clearChainSource(s: ChainState): void {
  const source = s.source;
  s.source = null;
  xdecref(source);
}

slots<ChainState>(ChainType, { dealloc: ["active", "source"], traverse: ["source", "active"], iternext: chainNext });

// ---- islice ------------------------------------------------------------------------------------

interface IsliceState {
  it: PyObject | null;
  next: number;
  /** -1: no stop */
  stop: number;
  step: number;
  cnt: number;
}

export const IsliceType = itType("islice", 56);

const ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

typeData(IsliceType).new = (type, args, kwnames) => {
  if (type === IsliceType) noKeywords("islice", kwnames);
  checkPositional("islice", args.length, 2, 4);
  const [seq, a1, a2, a3] = args as [PyObject, PyObject, PyObject | undefined, PyObject | undefined];
  let start = 0;
  let stop = -1;
  let step = 1;
  if (args.length === 2) {
    if (a1 !== None) {
      stop = ssizeOrMinusOne(a1);
      if (stop === -1) raise(ValueError, ISLICE_STOP);
    }
  } else {
    if (a1 !== None) start = ssizeOrMinusOne(a1);
    if (a2! !== None) {
      stop = ssizeOrMinusOne(a2!);
      if (stop === -1) raise(ValueError, ISLICE_STOP);
    }
  }
  if (start < 0 || stop < -1) raise(ValueError, ISLICE_INDICES);
  if (a3 !== undefined && a3 !== None) step = ssizeOrMinusOne(a3);
  if (step < 1) raise(ValueError, "Step for islice() must be a positive integer or None.");
  const it = abs.getIter(seq);
  return allocIter(type, { it, next: start, stop, step, cnt: 0 } satisfies IsliceState);
};

function isliceNext(o: PyObject): PyObject | null {
  const s = st<IsliceState>(o);
  const it = s.it;
  if (it === null) return null;
  try {
    while (s.cnt < s.next) {
      const item = abs.iterNext(it);
      if (item === null) return isliceEmpty(s);
      decref(item);
      s.cnt++;
    }
    if (s.stop !== -1 && s.cnt >= s.stop) return isliceEmpty(s);
    const item = abs.iterNext(it);
    if (item === null) return isliceEmpty(s);
    s.cnt++;
    const oldnext = s.next;
    s.next += s.step;
    if (s.next < oldnext || (s.stop !== -1 && s.next > s.stop)) s.next = s.stop;
    return item;
  } catch (e) {
    isliceEmpty(s);
    throw e;
  }
}

function isliceEmpty(s: IsliceState): null {
  const it = s.it;
  s.it = null;
  xdecref(it);
  return null;
}

slots<IsliceState>(IsliceType, { dealloc: ["it"], traverse: ["it"], iternext: isliceNext });

// ---- zip_longest ---------------------------------------------------------------------------------

interface ZipLongestState {
  /** a tuple of the iterators; an exhausted one is replaced by None (CPython: NULL) */
  ittuple: PyObject | null;
  active: boolean[];
  numactive: number;
  result: PyObject | null;
  fillvalue: PyObject | null;
}

export const ZipLongestType = itType("zip_longest", 56);

typeData(ZipLongestType).new = (type, args, kwnames) => {
  const kws = kwNames(kwnames);
  const npos = args.length - kws.length;
  let fillvalue: PyObject = None;
  if (kws.length > 0) {
    if (kws.length !== 1 || kws[0] !== "fillvalue") raise(TypeError, "zip_longest() got an unexpected keyword argument");
    fillvalue = args[npos]!;
  }
  // the iterator tuple exists before the iterators (zip_longest_new's order)
  const ittuple = newTuple(new Array<PyObject>(npos).fill(None).map((x) => incref(x)));
  try {
    for (let i = 0; i < npos; i++) setTupleItem(ittuple, i, abs.getIter(args[i]!));
  } catch (e) {
    decref(ittuple);
    throw e;
  }
  const result = newTuple(new Array<PyObject>(npos).fill(None).map((x) => incref(x)));
  return allocIter(type, {
    ittuple, active: new Array<boolean>(npos).fill(true), numactive: npos, result, fillvalue: incref(fillvalue),
  } satisfies ZipLongestState);
};

function zipLongestNext(o: PyObject): PyObject | null {
  const s = st<ZipLongestState>(o);
  const n = s.active.length;
  if (n === 0 || s.numactive === 0) return null;
  let result = s.result!;
  const reuse = result.rc === 1;
  const items: PyObject[] = [];
  if (reuse) incref(result);
  try {
    for (let i = 0; i < n; i++) {
      let item: PyObject | null;
      if (!s.active[i]) {
        item = incref(s.fillvalue!);
      } else {
        const it = tupleItems(s.ittuple!)[i]!;
        try {
          item = abs.iterNext(it);
        } catch (e) {
          s.numactive = 0;
          throw e;
        }
        if (item === null) {
          s.numactive -= 1;
          if (s.numactive === 0) {
            if (reuse) decref(result);
            for (const x of items) decref(x);
            return null;
          }
          item = incref(s.fillvalue!);
          s.active[i] = false;
          setTupleItem(s.ittuple!, i, incref(None));
        }
      }
      if (reuse) setTupleItem(result, i, item);
      else items.push(item);
    }
  } catch (e) {
    if (reuse) decref(result);
    for (const x of items) decref(x);
    throw e;
  }
  if (reuse) {
    retrack(result);
    return result;
  }
  result = newTuple(items);
  return result;
}

slots<ZipLongestState>(ZipLongestType, { dealloc: ["ittuple", "result", "fillvalue"], traverse: ["ittuple", "result", "fillvalue"], iternext: zipLongestNext });

// ---- product -------------------------------------------------------------------------------------

interface ProductState {
  pools: PyObject | null;
  indices: number[];
  /** the PyMem block of the indices array */
  buffer: number;
  result: PyObject | null;
  stopped: boolean;
}

export const ProductType = itType("product", 48);

typeData(ProductType).new = (type, args, kwnames) => {
  const kws = kwNames(kwnames);
  const nargsAll = args.length - kws.length;
  let repeat = 1;
  if (kws.length > 0) {
    const [r] = unpackKeywords("product", ["repeat"], 0, 0, 0, args.slice(nargsAll), kwnames);
    if (r !== null) repeat = ssizeArg(r);
    if (repeat < 0) raise(ValueError, "repeat argument cannot be negative");
  }
  const nargs = repeat === 0 ? 0 : nargsAll;
  if (nargs > 0 && nargs * repeat > 9223372036854775807 / 8) raise(OverflowError, "repeat argument too large");
  const npools = nargs * repeat;
  const buffer = allocBuffer(npools * 8);
  const poolItems: PyObject[] = new Array<PyObject>(npools).fill(None);
  const pools = newTuple(poolItems.map((x) => incref(x)));
  try {
    for (let i = 0; i < nargs; i++) setTupleItem(pools, i, sequenceTuple(args[i]!));
    for (let i = nargs; i < npools; i++) setTupleItem(pools, i, incref(tupleItems(pools)[i - nargs]!));
  } catch (e) {
    decref(pools);
    freeBuffer(buffer);
    throw e;
  }
  return allocIter(type, { pools, indices: new Array<number>(npools).fill(0), buffer, result: null, stopped: false } satisfies ProductState);
};

function productNext(o: PyObject): PyObject | null {
  const s = st<ProductState>(o);
  if (s.stopped) return null;
  const pools = tupleItems(s.pools!);
  const npools = pools.length;
  let result = s.result;
  if (result === null) {
    // the first result: the first element of each pool
    const items: PyObject[] = [];
    let empty = false;
    for (let i = 0; i < npools; i++) {
      const pool = tupleItems(pools[i]!);
      if (pool.length === 0) {
        empty = true;
        break;
      }
      items.push(incref(pool[0]!));
    }
    while (items.length < npools) items.push(incref(None));
    s.result = newTuple(items);
    if (empty) {
      s.stopped = true;
      return null;
    }
    return incref(s.result);
  }
  if (result.rc > 1) {
    const old = result;
    result = copyTuple(old);
    s.result = result;
    decref(old);
  } else {
    retrack(result);
  }
  const indices = s.indices;
  let i: number;
  for (i = npools - 1; i >= 0; i--) {
    const pool = tupleItems(pools[i]!);
    indices[i]!++;
    if (indices[i] === pool.length) {
      indices[i] = 0;
      setTupleItem(result, i, incref(pool[0]!));
    } else {
      setTupleItem(result, i, incref(pool[indices[i]!]!));
      break;
    }
  }
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  return incref(result);
}

slots<ProductState>(ProductType, {
  dealloc: ["pools", "result"], traverse: ["pools", "result"], iternext: productNext, free: (s) => freeBuffer(s.buffer),
});
typeData(ProductType).sizeof = (o) => typeData(o.type).basicsize + st<ProductState>(o).indices.length * 8;

// ---- combinations ------------------------------------------------------------------------------------

interface CombState {
  pool: PyObject | null;
  indices: number[];
  buffer: number;
  result: PyObject | null;
  r: number;
  stopped: boolean;
}

export const CombinationsType = itType("combinations", 56);
export const CwrType = itType("combinations_with_replacement", 56);

function combNew(fname: string, withReplacement: boolean) {
  return (type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    const [iterable, robj] = unpackKeywords(fname, ["iterable", "r"], 0, 2, 2, args, kwnames);
    const r = ssizeArg(robj!);
    const pool = sequenceTuple(iterable!);
    const n = tupleItems(pool).length;
    if (r < 0) {
      decref(pool);
      raise(ValueError, "r must be non-negative");
    }
    const buffer = allocBuffer(r * 8);
    const indices = withReplacement ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
    const stopped = withReplacement ? n === 0 && r > 0 : r > n;
    return allocIter(type, { pool, indices, buffer, result: null, r, stopped } satisfies CombState);
  };
}

typeData(CombinationsType).new = combNew("combinations", false);
typeData(CwrType).new = combNew("combinations_with_replacement", true);

/** The previous result tuple, copied if someone else holds it (the result is updated in place). */
function ownResult(s: { result: PyObject | null }): PyObject {
  let result = s.result!;
  if (result.rc > 1) {
    const old = result;
    result = copyTuple(old);
    s.result = result;
    decref(old);
  } else {
    retrack(result);
  }
  return result;
}

function combNext(o: PyObject): PyObject | null {
  const s = st<CombState>(o);
  if (s.stopped) return null;
  const pool = tupleItems(s.pool!);
  const n = pool.length;
  const r = s.r;
  const indices = s.indices;
  if (s.result === null) {
    s.result = newTuple(indices.map((idx) => incref(pool[idx]!)));
    return incref(s.result);
  }
  const result = ownResult(s);
  let i: number;
  for (i = r - 1; i >= 0 && indices[i] === i + n - r; i--);
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  indices[i]!++;
  for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
  for (; i < r; i++) setTupleItem(result, i, incref(pool[indices[i]!]!));
  return incref(result);
}

function cwrNext(o: PyObject): PyObject | null {
  const s = st<CombState>(o);
  if (s.stopped) return null;
  const pool = tupleItems(s.pool!);
  const n = pool.length;
  const r = s.r;
  const indices = s.indices;
  if (s.result === null) {
    // n == 0 only when r == 0 here: the empty tuple
    s.result = newTuple(indices.map(() => incref(pool[0]!)));
    return incref(s.result);
  }
  const result = ownResult(s);
  let i: number;
  for (i = r - 1; i >= 0 && indices[i] === n - 1; i--);
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  const index = indices[i]! + 1;
  const elem = pool[index]!;
  for (; i < r; i++) {
    indices[i] = index;
    setTupleItem(result, i, incref(elem));
  }
  return incref(result);
}

for (const [t, next] of [[CombinationsType, combNext], [CwrType, cwrNext]] as const) {
  slots<CombState>(t, { dealloc: ["pool", "result"], traverse: ["pool", "result"], iternext: next, free: (s) => freeBuffer(s.buffer) });
  typeData(t).sizeof = (o) => typeData(o.type).basicsize + st<CombState>(o).r * 8;
}

// ---- permutations ------------------------------------------------------------------------------------

interface PermState {
  pool: PyObject | null;
  indices: number[];
  cycles: number[];
  indicesBuffer: number;
  cyclesBuffer: number;
  result: PyObject | null;
  r: number;
  stopped: boolean;
}

export const PermutationsType = itType("permutations", 64);

typeData(PermutationsType).new = (type, args, kwnames) => {
  const [iterable, robj] = unpackKeywords("permutations", ["iterable", "r"], 0, 1, 2, args, kwnames);
  const pool = sequenceTuple(iterable!);
  const n = tupleItems(pool).length;
  let r = n;
  try {
    if (robj !== null && robj !== None) {
      if (!isIntObject(robj)) raise(TypeError, "Expected int as r");
      r = ssizeArg(robj);
    }
    if (r < 0) raise(ValueError, "r must be non-negative");
  } catch (e) {
    decref(pool);
    throw e;
  }
  const indicesBuffer = allocBuffer(n * 8);
  const cyclesBuffer = allocBuffer(r * 8);
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  return allocIter(type, { pool, indices, cycles, indicesBuffer, cyclesBuffer, result: null, r, stopped: r > n } satisfies PermState);
};

function permNext(o: PyObject): PyObject | null {
  const s = st<PermState>(o);
  if (s.stopped) return null;
  const pool = tupleItems(s.pool!);
  const n = pool.length;
  const r = s.r;
  const { indices, cycles } = s;
  if (s.result === null) {
    s.result = newTuple(indices.slice(0, r).map((idx) => incref(pool[idx]!)));
    return incref(s.result);
  }
  if (n === 0) {
    s.stopped = true;
    return null;
  }
  const result = ownResult(s);
  let i: number;
  for (i = r - 1; i >= 0; i--) {
    cycles[i]! -= 1;
    if (cycles[i] === 0) {
      // rotation: indices[i:] = indices[i+1:] + indices[i:i+1]
      const index = indices[i]!;
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1]!;
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const j = cycles[i]!;
      const index = indices[i]!;
      indices[i] = indices[n - j]!;
      indices[n - j] = index;
      for (let k = i; k < r; k++) setTupleItem(result, k, incref(pool[indices[k]!]!));
      break;
    }
  }
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  return incref(result);
}

slots<PermState>(PermutationsType, {
  dealloc: ["pool", "result"],
  traverse: ["pool", "result"],
  iternext: permNext,
  free: (s) => {
    freeBuffer(s.indicesBuffer);
    freeBuffer(s.cyclesBuffer);
  },
});
typeData(PermutationsType).sizeof = (o) => {
  const s = st<PermState>(o);
  return typeData(o.type).basicsize + s.indices.length * 8 + s.r * 8;
};

// ---- accumulate --------------------------------------------------------------------------------------

interface AccumulateState {
  total: PyObject | null;
  it: PyObject | null;
  binop: PyObject | null;
  initial: PyObject | null;
}

export const AccumulateType = itType("accumulate", 56);

typeData(AccumulateType).new = (type, args, kwnames) => {
  const [iterable, func, initial] = unpackKeywords("accumulate", ["iterable", "func", "initial"], 0, 1, 2, args, kwnames);
  const it = abs.getIter(iterable!);
  const binop = func !== null && func !== None ? incref(func) : null;
  const init = initial !== null && initial !== None ? incref(initial) : null;
  return allocIter(type, { total: null, it, binop, initial: init } satisfies AccumulateState);
};

function accumulateNext(o: PyObject): PyObject | null {
  const s = st<AccumulateState>(o);
  if (s.initial !== null) {
    // the initial value becomes the running total
    s.total = s.initial;
    s.initial = null;
    return incref(s.total);
  }
  const val = abs.iterNext(s.it!);
  if (val === null) return null;
  if (s.total === null) {
    s.total = incref(val);
    return val;
  }
  let newtotal: PyObject;
  try {
    newtotal = s.binop === null ? abs.binaryOp(s.total, val, "add") : abs.call(s.binop, [s.total, val]);
  } finally {
    decref(val);
  }
  const old = s.total;
  s.total = incref(newtotal);
  decref(old);
  return newtotal;
}

slots<AccumulateState>(AccumulateType, {
  dealloc: ["binop", "total", "it", "initial"], traverse: ["binop", "it", "total", "initial"], iternext: accumulateNext,
});

// ---- groupby and _grouper ------------------------------------------------------------------------------

interface GroupbyState {
  it: PyObject | null;
  keyfunc: PyObject | null;
  tgtkey: PyObject | null;
  currkey: PyObject | null;
  currvalue: PyObject | null;
  /** the current _grouper (borrowed: compared by identity only) */
  currgrouper: PyObject | null;
}

interface GrouperState {
  parent: PyObject | null;
  tgtkey: PyObject | null;
}

export const GroupbyType = itType("groupby", 72);
export const GrouperType = itType("_grouper", 32, false);

typeData(GroupbyType).new = (type, args, kwnames) => {
  const [iterable, key] = unpackKeywords("groupby", ["iterable", "key"], 0, 1, 2, args, kwnames);
  const keyfunc = key ?? None;
  const gbo = allocIter(type, { it: null, keyfunc: incref(keyfunc), tgtkey: null, currkey: null, currvalue: null, currgrouper: null } satisfies GroupbyState);
  try {
    st<GroupbyState>(gbo).it = abs.getIter(iterable!);
  } catch (e) {
    decref(gbo);
    throw e;
  }
  return gbo;
};

/** groupby_step: read the next value and its key; false when the input is exhausted. */
function groupbyStep(s: GroupbyState): boolean {
  const newvalue = abs.iterNext(s.it!);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (s.keyfunc === None) {
    newkey = incref(newvalue);
  } else {
    try {
      newkey = abs.call(s.keyfunc!, [newvalue]);
    } catch (e) {
      decref(newvalue);
      throw e;
    }
  }
  const oldvalue = s.currvalue;
  s.currvalue = newvalue;
  const oldkey = s.currkey;
  s.currkey = newkey;
  xdecref(oldkey);
  xdecref(oldvalue);
  return true;
}

function groupbyNext(o: PyObject): PyObject | null {
  const s = st<GroupbyState>(o);
  s.currgrouper = null;
  // skip to the next group
  for (;;) {
    if (s.currkey === null) {
      // pass
    } else if (s.tgtkey === null) {
      break;
    } else if (!abs.richCompareBool(s.tgtkey, s.currkey, CompareOp.EQ)) {
      break;
    }
    if (!groupbyStep(s)) return null;
  }
  const old = s.tgtkey;
  s.tgtkey = incref(s.currkey!);
  xdecref(old);
  const grouper = allocGrouper(o, s.tgtkey);
  return newTuple([incref(s.currkey!), grouper]);
}

function allocGrouper(parent: PyObject, tgtkey: PyObject): PyObject {
  const g = allocObject(GrouperType, typeData(GrouperType).basicsize + 16, { parent: incref(parent), tgtkey: incref(tgtkey) } satisfies GrouperState, null);
  st<GroupbyState>(parent).currgrouper = g;
  gcTrack(g);
  return g;
}

function grouperNext(o: PyObject): PyObject | null {
  const g = st<GrouperState>(o);
  const s = st<GroupbyState>(g.parent!);
  if (s.currgrouper !== o) return null;
  if (s.currvalue === null) {
    if (!groupbyStep(s)) return null;
  }
  if (!abs.richCompareBool(g.tgtkey!, s.currkey!, CompareOp.EQ)) return null;
  const r = s.currvalue!;
  s.currvalue = null;
  const key = s.currkey;
  s.currkey = null;
  xdecref(key);
  return r;
}

slots<GroupbyState>(GroupbyType, {
  dealloc: ["it", "keyfunc", "tgtkey", "currkey", "currvalue"],
  traverse: ["it", "keyfunc", "tgtkey", "currkey", "currvalue"],
  iternext: groupbyNext,
});
slots<GrouperState>(GrouperType, { dealloc: ["parent", "tgtkey"], traverse: ["parent", "tgtkey"], iternext: grouperNext });
typeData(GrouperType).new = (type, args, kwnames) => {
  noKeywords("_grouper", kwnames);
  checkPositional("_grouper", args.length, 2, 2);
  const parent = args[0]!;
  if (!isSubtype(parent.type, GroupbyType)) {
    raise(TypeError, `_grouper() argument 1 must be itertools.groupby, not ${typeName(parent)}`);
  }
  void type;
  return allocGrouper(parent, args[1]!);
};

// ---- starmap / takewhile / dropwhile / filterfalse / compress -------------------------------------------------

interface FuncItState {
  func: PyObject | null;
  it: PyObject | null;
  /** takewhile: stopped; dropwhile: started */
  flag: boolean;
}

export const StarmapType = itType("starmap", 32);
export const TakewhileType = itType("takewhile", 40);
export const DropwhileType = itType("dropwhile", 40);
export const FilterfalseType = itType("filterfalse", 32);

function funcItNew(fname: string, baseType: PyObject) {
  return (type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    if (type === baseType) noKeywords(fname, kwnames);
    checkPositional(fname, args.length, 2, 2);
    const it = abs.getIter(args[1]!);
    return allocIter(type, { func: incref(args[0]!), it, flag: false } satisfies FuncItState);
  };
}

typeData(StarmapType).new = funcItNew("starmap", StarmapType);
typeData(TakewhileType).new = funcItNew("takewhile", TakewhileType);
typeData(DropwhileType).new = funcItNew("dropwhile", DropwhileType);
typeData(FilterfalseType).new = funcItNew("filterfalse", FilterfalseType);

function callTruth(func: PyObject, item: PyObject): boolean {
  const good = abs.call(func, [item]);
  try {
    return abs.isTrue(good);
  } finally {
    decref(good);
  }
}

function starmapNext(o: PyObject): PyObject | null {
  const s = st<FuncItState>(o);
  let args = abs.iterNext(s.it!);
  if (args === null) return null;
  if (args.type !== TupleType) {
    const seq = args;
    try {
      args = sequenceTuple(seq);
    } finally {
      decref(seq);
    }
  }
  try {
    return abs.call(s.func!, tupleItems(args));
  } finally {
    decref(args);
  }
}

function takewhileNext(o: PyObject): PyObject | null {
  const s = st<FuncItState>(o);
  if (s.flag) return null;
  const item = abs.iterNext(s.it!);
  if (item === null) return null;
  let ok: boolean;
  try {
    ok = callTruth(s.func!, item);
  } catch (e) {
    decref(item);
    throw e;
  }
  if (ok) return item;
  decref(item);
  s.flag = true;
  return null;
}

function dropwhileNext(o: PyObject): PyObject | null {
  const s = st<FuncItState>(o);
  for (;;) {
    const item = abs.iterNext(s.it!);
    if (item === null) return null;
    if (s.flag) return item;
    let ok: boolean;
    try {
      ok = callTruth(s.func!, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) {
      s.flag = true;
      return item;
    }
    decref(item);
  }
}

function filterfalseNext(o: PyObject): PyObject | null {
  const s = st<FuncItState>(o);
  const func = s.func!;
  for (;;) {
    const item = abs.iterNext(s.it!);
    if (item === null) return null;
    let ok: boolean;
    try {
      ok = func === None || func === BoolType ? abs.isTrue(item) : callTruth(func, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) return item;
    decref(item);
  }
}

slots<FuncItState>(StarmapType, { dealloc: ["func", "it"], traverse: ["it", "func"], iternext: starmapNext });
slots<FuncItState>(TakewhileType, { dealloc: ["func", "it"], traverse: ["it", "func"], iternext: takewhileNext });
slots<FuncItState>(DropwhileType, { dealloc: ["func", "it"], traverse: ["it", "func"], iternext: dropwhileNext });
slots<FuncItState>(FilterfalseType, { dealloc: ["func", "it"], traverse: ["it", "func"], iternext: filterfalseNext });

interface CompressState {
  data: PyObject | null;
  selectors: PyObject | null;
}

export const CompressType = itType("compress", 32);

typeData(CompressType).new = (type, args, kwnames) => {
  const [seq1, seq2] = unpackKeywords("compress", ["data", "selectors"], 0, 2, 2, args, kwnames);
  const data = abs.getIter(seq1!);
  let selectors: PyObject;
  try {
    selectors = abs.getIter(seq2!);
  } catch (e) {
    decref(data);
    throw e;
  }
  return allocIter(type, { data, selectors } satisfies CompressState);
};

function compressNext(o: PyObject): PyObject | null {
  const s = st<CompressState>(o);
  for (;;) {
    const datum = abs.iterNext(s.data!);
    if (datum === null) return null;
    let selector: PyObject | null;
    try {
      selector = abs.iterNext(s.selectors!);
    } catch (e) {
      decref(datum);
      throw e;
    }
    if (selector === null) {
      decref(datum);
      return null;
    }
    let ok: boolean;
    try {
      ok = abs.isTrue(selector);
    } catch (e) {
      decref(datum);
      throw e;
    } finally {
      decref(selector);
    }
    if (ok) return datum;
    decref(datum);
  }
}

slots<CompressState>(CompressType, { dealloc: ["data", "selectors"], traverse: ["data", "selectors"], iternext: compressNext });

// ---- pairwise / batched ------------------------------------------------------------------------------------

interface PairwiseState {
  it: PyObject | null;
  old: PyObject | null;
}

export const PairwiseType = itType("pairwise", 32);

typeData(PairwiseType).new = (type, args, kwnames) => {
  if (type === PairwiseType) noKeywords("pairwise", kwnames);
  checkPositional("pairwise", args.length, 1, 1);
  const it = abs.getIter(args[0]!);
  return allocIter(type, { it, old: null } satisfies PairwiseState);
};

function pairwiseClear(s: PairwiseState): void {
  const it = s.it;
  const old = s.old;
  s.it = null;
  s.old = null;
  xdecref(it);
  xdecref(old);
}

function pairwiseNext(o: PyObject): PyObject | null {
  const s = st<PairwiseState>(o);
  let it = s.it;
  let old = s.old;
  if (it === null) return null;
  if (old === null) {
    try {
      old = abs.iterNext(it);
    } catch (e) {
      pairwiseClear(s);
      throw e;
    }
    const prev = s.old;
    s.old = old;
    xdecref(prev);
    if (old === null) {
      pairwiseClear(s);
      return null;
    }
    it = s.it;
    if (it === null) {
      pairwiseClear(s);
      return null;
    }
  }
  incref(old);
  let next: PyObject | null;
  try {
    next = abs.iterNext(it);
  } catch (e) {
    pairwiseClear(s);
    decref(old);
    throw e;
  }
  if (next === null) {
    pairwiseClear(s);
    decref(old);
    return null;
  }
  const result = newTuple([incref(old), incref(next)]);
  const prev = s.old;
  s.old = next;
  xdecref(prev);
  decref(old);
  return result;
}

slots<PairwiseState>(PairwiseType, { dealloc: ["it", "old"], traverse: ["it", "old"], iternext: pairwiseNext });

interface BatchedState {
  it: PyObject | null;
  n: number;
}

export const BatchedType = itType("batched", 32);

typeData(BatchedType).new = (type, args, kwnames) => {
  const [iterable, nobj] = unpackKeywords("batched", ["iterable", "n"], 0, 2, 2, args, kwnames);
  const n = ssizeArg(nobj!);
  if (n < 1) raise(ValueError, "n must be at least one");
  const it = abs.getIter(iterable!);
  return allocIter(type, { it, n } satisfies BatchedState);
};

function batchedNext(o: PyObject): PyObject | null {
  const s = st<BatchedState>(o);
  const it = s.it;
  if (it === null) return null;
  let result = newTuple(new Array<PyObject>(s.n).fill(None).map((x) => incref(x)));
  let i = 0;
  for (; i < s.n; i++) {
    let item: PyObject | null;
    try {
      item = abs.iterNext(it);
    } catch (e) {
      if (!isStopIteration(e)) {
        s.it = null;
        decref(it);
        decref(result);
        throw e;
      }
      decref(e.exc);
      item = null;
    }
    if (item === null) break;
    setTupleItem(result, i, item);
  }
  if (i === s.n) return result;
  if (i === 0) {
    s.it = null;
    decref(it);
    decref(result);
    return null;
  }
  result = tupleResize(result, i);
  return result;
}

slots<BatchedState>(BatchedType, { dealloc: ["it"], traverse: ["it"], iternext: batchedNext });

// ---- tee -------------------------------------------------------------------------------------------

/** Values per tee data object (LINKCELLS): a 496-byte block, as CPython's. */
const LINKCELLS = 57;

interface TeeDataState {
  it: PyObject | null;
  values: PyObject[];
  running: boolean;
  nextlink: PyObject | null;
}

interface TeeState {
  dataobj: PyObject | null;
  index: number;
}

export const TeeDataType = itType("_tee_dataobject", 16 + 8 + 8 + 8 + LINKCELLS * 8, false);
export const TeeType = itType("_tee", 48, false);
typeData(TeeType).weakrefSlot = true;

function newTeeData(it: PyObject): PyObject {
  const d = allocObject(TeeDataType, typeData(TeeDataType).basicsize + 16, { it: incref(it), values: [], running: false, nextlink: null } satisfies TeeDataState, null);
  gcTrack(d);
  return d;
}

function teeDataJumplink(d: PyObject): PyObject {
  const s = st<TeeDataState>(d);
  if (s.nextlink === null) s.nextlink = newTeeData(s.it!);
  return incref(s.nextlink);
}

function teeDataGetItem(d: PyObject, i: number): PyObject | null {
  const s = st<TeeDataState>(d);
  let value: PyObject;
  if (i < s.values.length) {
    value = s.values[i]!;
  } else {
    if (s.running) raise(RuntimeError, "cannot re-enter the tee iterator");
    s.running = true;
    let v: PyObject | null;
    try {
      v = abs.iterNext(s.it!);
    } finally {
      s.running = false;
    }
    if (v === null) return null;
    s.values.push(v);
    value = v;
  }
  return incref(value);
}

/** teedataobject_safe_decref: release a chain of data objects without deep recursion. */
function teeDataSafeDecref(obj: PyObject | null): void {
  while (obj !== null && obj.type === TeeDataType && obj.rc === 1) {
    const s = st<TeeDataState>(obj);
    const nextlink = s.nextlink;
    s.nextlink = null;
    decref(obj);
    obj = nextlink;
  }
  xdecref(obj);
}

function teeDataClear(d: PyObject): void {
  const s = st<TeeDataState>(d);
  const it = s.it;
  s.it = null;
  xdecref(it);
  const values = s.values;
  s.values = [];
  for (const v of values) decref(v);
  const next = s.nextlink;
  s.nextlink = null;
  teeDataSafeDecref(next);
}

const teeData = typeData(TeeDataType);
teeData.dealloc = (d) => {
  gcUntrack(d);
  teeDataClear(d);
  freeObject(d);
};
teeData.traverse = (d, visit) => {
  visit(d.type);
  const s = st<TeeDataState>(d);
  if (s.it !== null) visit(s.it);
  for (const v of s.values) visit(v);
  if (s.nextlink !== null) visit(s.nextlink);
};
teeData.clear = teeDataClear;
// itertools._tee_dataobject(iterable, values, next): a data object as pickling rebuilds one
teeData.new = (_type, args, kwnames) => {
  noKeywords("teedataobject", kwnames);
  checkPositional("teedataobject", args.length, 3, 3);
  const [it, values, next] = args as [PyObject, PyObject, PyObject];
  if (!isSubtype(values.type, ListType)) raise(TypeError, `teedataobject() argument 2 must be list, not ${typeName(values)}`);
  const d = newTeeData(it);
  const s = st<TeeDataState>(d);
  const items = listItems(values);
  const invalid = (): never => {
    decref(d);
    raise(ValueError, "Invalid arguments");
  };
  if (items.length > LINKCELLS) invalid();
  for (const v of items) s.values.push(incref(v));
  if (items.length === LINKCELLS) {
    if (next !== None) {
      if (next.type !== TeeDataType) invalid();
      s.nextlink = incref(next);
    }
  } else if (next !== None) {
    invalid();
  }
  return d;
};

function newTee(type: PyObject, dataobj: PyObject, index: number): PyObject {
  const t = allocObject(type, typeData(type).basicsize + typeData(type).preHeaderSize, { dataobj, index } satisfies TeeState, null);
  gcTrack(t);
  return t;
}

function teeCopy(to: PyObject): PyObject {
  const s = st<TeeState>(to);
  return newTee(to.type, incref(s.dataobj!), s.index);
}

/** tee_fromiterable */
function teeFromIterable(iterable: PyObject): PyObject {
  const it = abs.getIter(iterable);
  try {
    if (isSubtype(it.type, TeeType)) return teeCopy(it);
    const dataobj = newTeeData(it);
    return newTee(TeeType, dataobj, 0);
  } finally {
    decref(it);
  }
}

function teeNext(to: PyObject): PyObject | null {
  const s = st<TeeState>(to);
  if (s.index >= LINKCELLS) {
    const link = teeDataJumplink(s.dataobj!);
    const old = s.dataobj!;
    s.dataobj = link;
    decref(old);
    s.index = 0;
  }
  const value = teeDataGetItem(s.dataobj!, s.index);
  if (value === null) return null;
  s.index++;
  return value;
}

function teeClear(to: PyObject): void {
  clearWeakrefs(to);
  const s = st<TeeState>(to);
  const d = s.dataobj;
  s.dataobj = null;
  xdecref(d);
}

const teeData_ = typeData(TeeType);
teeData_.dealloc = (to) => {
  gcUntrack(to);
  teeClear(to);
  freeObject(to);
};
teeData_.traverse = (to, visit) => {
  visit(to.type);
  const d = st<TeeState>(to).dataobj;
  if (d !== null) visit(d);
};
teeData_.clear = teeClear;
teeData_.iter = (o) => incref(o);
teeData_.iternext = teeNext;
teeData_.new = (_type, args, kwnames) => {
  noKeywords("_tee", kwnames);
  checkPositional("_tee", args.length, 1, 1);
  return teeFromIterable(args[0]!);
};
teeData_.methodDefs["__copy__"] = { kind: "noargs", fn: teeCopy };

const tee: MethodDef = {
  kind: "fastkw",
  fn: (_self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, "itertools.tee() takes no keyword arguments");
    checkPositional("tee", args.length, 1, 2);
    const n = args.length > 1 ? ssizeArg(args[1]!) : 2;
    if (n < 0) raise(ValueError, "n must be >= 0");
    if (n === 0) return EmptyTuple;
    const result = newTuple(new Array<PyObject>(n).fill(None).map((x) => incref(x)));
    try {
      const it = abs.getIter(args[0]!);
      let copyable: PyObject;
      let copyfunc: PyObject | null;
      try {
        copyfunc = lookupAttr(it, "__copy__");
        if (copyfunc !== null) {
          copyable = incref(it);
        } else {
          copyable = teeFromIterable(it);
        }
      } finally {
        decref(it);
      }
      setTupleItem(result, 0, copyable);
      if (copyfunc === null) copyfunc = abs.getAttr(copyable, internStr("__copy__"));
      try {
        for (let i = 1; i < n; i++) setTupleItem(result, i, abs.call(copyfunc, []));
      } finally {
        decref(copyfunc);
      }
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  },
};

/** _PyObject_LookupAttr: the attribute, or null when it is missing (AttributeError swallowed). */
function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return abs.getAttrOrNull(o, internStr(name));
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}


// ---- type calls ------------------------------------------------------------------------------------

// ---- the module ------------------------------------------------------------------------------------

const TYPES: [string, PyObject][] = [
  ["accumulate", AccumulateType], ["batched", BatchedType], ["chain", ChainType], ["combinations", CombinationsType],
  ["combinations_with_replacement", CwrType], ["compress", CompressType], ["count", CountType], ["cycle", CycleType],
  ["dropwhile", DropwhileType], ["filterfalse", FilterfalseType], ["groupby", GroupbyType], ["islice", IsliceType],
  ["pairwise", PairwiseType], ["permutations", PermutationsType], ["product", ProductType], ["repeat", RepeatType],
  ["starmap", StarmapType], ["takewhile", TakewhileType], ["zip_longest", ZipLongestType],
  ["_grouper", GrouperType], ["_tee", TeeType], ["_tee_dataobject", TeeDataType],
];

const ITERTOOLS_DOC = `Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
`;

// every type but chain (which uses the tuple itself) gets the call's tuple and dict around tp_new
for (const [, t] of TYPES) {
  const data = typeData(t);
  const inner = data.new;
  if (t === ChainType || inner === null) continue;
  data.new = (type, args, kwnames) => withCallArgs(args, kwnames, () => inner(type, args, kwnames));
}

function makeItertoolsModule(): PyObject {
  const d = newDict();
  for (const [k, v] of [["__name__", "itertools"], ["__doc__", ITERTOOLS_DOC], ["__package__", ""]] as const) {
    const value = newStr(v);
    dictSetItem(d, internStr(k), value);
    decref(value);
  }
  for (const [name, t] of TYPES) dictSetItem(d, internStr(name), t);
  const f = newBuiltin("tee", tee, null, "itertools");
  dictSetItem(d, internStr("tee"), f);
  decref(f);
  return newModule("itertools", d);
}

registerModule("itertools", makeItertoolsModule);
