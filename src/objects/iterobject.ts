// Iterators that are not tied to one container (Objects/iterobject.c, enumobject.c,
// bltinmodule.c): the old __getitem__ sequence iterator (`iterator`, 32 + 16 GC
// bytes), callable_iterator (iter(f, sentinel)), enumerate (56 + 16, recycles its
// result 2-tuple), zip (48 + 16, recycles its result tuple, strict=), map, filter and
// reversed (32 + 16 each). Also PyObject_LengthHint and special-method lookup on
// built-in types, which list(), tuple() and reversed() use.
import { decref, incref, PyObject, PyRaise, xdecref } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { BoolType, CallIterType, DictType, EnumerateType, FilterType, MapType, ReversedType, SeqIterType, ZipType, IntType } from "./types.js";
import { isSubtype, tp, typeData, typeName, type MethodDef } from "./typeobject.js";
import { IndexError, StopIteration, TypeError, ValueError, raise } from "./exceptions.js";
import { gcTrack, gcUntrack, isTracked } from "./gcheader.js";
import * as abs from "./abstract.js";
import { None, NotImplemented } from "./singletons.js";
import { EmptyTuple, newTuple, tupleItems } from "./tupleobject.js";
import { newInt, normInt } from "./longobject.js";
import { dictGetItemStr } from "./dictobject.js";
import { hasIndex, indexValue, isIntObject } from "./sliceobject.js";

// ---- special methods of built-in types -----------------------------------------------

/** Call a MethodDef bound to self with positional args. */
export function callMethodDef(md: MethodDef, self: PyObject, args: PyObject[]): PyObject {
  switch (md.kind) {
    case "noargs":
      if (args.length) raise(TypeError, `expected no arguments, got ${args.length}`);
      return md.fn(self);
    case "o":
      if (args.length !== 1) raise(TypeError, `expected 1 argument, got ${args.length}`);
      return md.fn(self, args[0]!);
    case "fast":
      return md.fn(self, args);
    case "fastkw":
      return md.fn(self, args, null);
  }
}

function mroOf(type: PyObject): PyObject[] {
  const data = typeData(type);
  if (data.mro.length) return data.mro;
  const out: PyObject[] = [];
  for (let t: PyObject | null = type; t !== null; t = typeData(t).base) out.push(t);
  return out;
}

const NOT_FOUND = Symbol("not found");
const FOUND_NONE = Symbol("set to None");

/**
 * _PyObject_LookupSpecial + call: `type(o).name(o, *args)`, or NOT_FOUND, or FOUND_NONE
 * when the class sets the name to None (e.g. `__reversed__ = None`).
 */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | typeof NOT_FOUND | typeof FOUND_NONE {
  for (const t of mroOf(o.type)) {
    const data = typeData(t);
    if (data.dict !== null) {
      const f = dictGetItemStr(data.dict, name);
      if (f !== null) {
        if (f === None) return FOUND_NONE;
        return abs.call(f, [o, ...args]);
      }
    } else {
      const md = data.methodDefs[name];
      if (md !== undefined) return callMethodDef(md, o, args);
    }
  }
  return NOT_FOUND;
}

/** PyObject_LengthHint */
export function lengthHint(o: PyObject, dflt: number): number {
  if (tp(o).length !== null) {
    try {
      return abs.length(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !isSubtype(e.exc.type, TypeError)) throw e;
      decref(e.exc);
    }
  }
  let r: PyObject | typeof NOT_FOUND | typeof FOUND_NONE;
  try {
    r = callSpecial(o, "__length_hint__", []);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError)) {
      decref(e.exc);
      return dflt;
    }
    throw e;
  }
  if (r === NOT_FOUND) return dflt;
  if (r === FOUND_NONE) raise(TypeError, "'NoneType' object is not callable");
  if (r === NotImplemented) {
    decref(r);
    return dflt;
  }
  try {
    if (!isIntObject(r)) raise(TypeError, `__length_hint__ must be an integer, not ${typeName(r)}`);
    const v = r.v as number | bigint;
    if (v < 0) raise(ValueError, "__length_hint__() should return >= 0");
    if (typeof v === "bigint") raise(TypeError, "cannot fit 'int' into an index-sized integer");
    return v;
  } finally {
    decref(r);
  }
}

function isExc(e: unknown, type: PyObject): e is PyRaise {
  return e instanceof PyRaise && isSubtype(e.exc.type, type);
}

function gcIter(type: PyObject, v: unknown, w: unknown): PyObject {
  const o = allocObject(type, typeData(type).basicsize + 16, v, w);
  return o;
}

// ---- the sequence iterator --------------------------------------------------------------

/** PySeqIter_New */
export function newSeqIter(seq: PyObject): PyObject {
  const it = gcIter(SeqIterType, incref(seq), 0);
  gcTrack(it);
  return it;
}

function seqIterNext(it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null;
  if (seq === null) return null;
  const i = it.w as number;
  const idx = newInt(i);
  try {
    const r = abs.getItem(seq, idx);
    it.w = i + 1;
    return r;
  } catch (e) {
    if (isExc(e, IndexError) || isExc(e, StopIteration)) {
      decref(e.exc);
      it.v = null;
      decref(seq);
      return null;
    }
    throw e;
  } finally {
    decref(idx);
  }
}

// ---- callable_iterator ----------------------------------------------------------------------

/** PyCallIter_New: iter(callable, sentinel). */
export function newCallIter(callable: PyObject, sentinel: PyObject): PyObject {
  const it = gcIter(CallIterType, incref(callable), incref(sentinel));
  gcTrack(it);
  return it;
}

function callIterNext(it: PyObject): PyObject | null {
  const callable = it.v as PyObject | null;
  if (callable === null) return null;
  let result: PyObject;
  try {
    result = abs.call(callable, []);
  } catch (e) {
    if (isExc(e, StopIteration)) {
      decref(e.exc);
      clearCallIter(it);
      return null;
    }
    throw e;
  }
  let eq: boolean;
  try {
    eq = abs.richCompareBool(it.w as PyObject, result, 2);
  } catch (e) {
    decref(result);
    throw e;
  }
  if (!eq) return result;
  clearCallIter(it);
  decref(result);
  return null;
}

function clearCallIter(it: PyObject): void {
  const c = it.v as PyObject | null;
  const s = it.w as PyObject | null;
  it.v = null;
  it.w = null;
  xdecref(c);
  xdecref(s);
}

// ---- enumerate ---------------------------------------------------------------------------------

interface EnumState {
  index: number | bigint;
  result: PyObject;
}

/** enumerate(iterable, start=0) */
export function newEnumerate(type: PyObject, iterable: PyObject, start: PyObject | null): PyObject {
  let index: number | bigint = 0;
  if (start !== null) {
    if (!hasIndex(start)) raise(TypeError, `'${typeName(start)}' object cannot be interpreted as an integer`);
    index = indexValue(start);
  }
  const en = allocObject(type, typeData(type).basicsize + 16, null, null);
  try {
    en.v = abs.getIter(iterable);
  } catch (e) {
    freeObject(en);
    throw e;
  }
  const result = newTuple([incref(None), incref(None)]);
  en.w = { index, result } satisfies EnumState;
  gcTrack(en);
  return en;
}

function enumNext(en: PyObject): PyObject | null {
  const st = en.w as EnumState;
  const next = abs.iterNext(en.v as PyObject);
  if (next === null) return null;
  const idx = newInt(st.index);
  st.index = typeof st.index === "number" && st.index < Number.MAX_SAFE_INTEGER ? st.index + 1 : normInt(BigInt(st.index) + 1n);
  const result = st.result;
  if (result.rc === 1) {
    incref(result);
    const items = tupleItems(result);
    const oldIndex = items[0]!;
    const oldItem = items[1]!;
    items[0] = idx;
    items[1] = next;
    decref(oldIndex);
    decref(oldItem);
    if (!isTracked(result)) gcTrack(result);
    return result;
  }
  return newTuple([idx, next]);
}

// ---- zip -----------------------------------------------------------------------------------------

interface ZipState {
  iters: PyObject;
  result: PyObject;
  strict: boolean;
}

/** zip(*iterables, strict=False) */
export function newZip(type: PyObject, iterables: PyObject[], strict: boolean): PyObject {
  const n = iterables.length;
  const iters: PyObject[] = [];
  let ittuple: PyObject = EmptyTuple;
  try {
    for (let i = 0; i < n; i++) iters.push(abs.getIter(iterables[i]!));
  } catch (e) {
    for (const it of iters) decref(it);
    throw e;
  }
  if (n > 0) ittuple = newTuple(iters);
  const result = n > 0 ? newTuple(new Array(n).fill(None)) : EmptyTuple;
  const z = allocObject(type, typeData(type).basicsize + 16, null, { iters: ittuple, result, strict } satisfies ZipState);
  gcTrack(z);
  return z;
}

function zipNext(z: PyObject): PyObject | null {
  const st = z.w as ZipState;
  const iters = tupleItems(st.iters);
  const n = iters.length;
  if (n === 0) return null;
  let result = st.result;
  let i = 0;
  if (result.rc === 1) {
    incref(result);
    for (; i < n; i++) {
      const item = abs.iterNext(iters[i]!);
      if (item === null) {
        decref(result);
        return st.strict ? zipCheck(st, i) : null;
      }
      const items = tupleItems(result);
      const old = items[i]!;
      items[i] = item;
      decref(old);
    }
    if (!isTracked(result)) gcTrack(result);
    return result;
  }
  const items: PyObject[] = [];
  for (; i < n; i++) {
    const item = abs.iterNext(iters[i]!);
    if (item === null) {
      for (const x of items) decref(x);
      return st.strict ? zipCheck(st, i) : null;
    }
    items.push(item);
  }
  result = newTuple(items);
  return result;
}

function zipCheck(st: ZipState, i: number): null {
  if (i > 0) {
    const plural = i === 1 ? " " : "s 1-";
    raise(ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  const iters = tupleItems(st.iters);
  for (i = 1; i < iters.length; i++) {
    const item = abs.iterNext(iters[i]!);
    if (item !== null) {
      decref(item);
      const plural = i === 1 ? " " : "s 1-";
      raise(ValueError, `zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
  }
  return null;
}

// ---- map / filter ------------------------------------------------------------------------------

/** map(func, *iterables) */
export function newMap(type: PyObject, func: PyObject, iterables: PyObject[]): PyObject {
  if (iterables.length === 0) raise(TypeError, "map() must have at least two arguments.");
  const iters: PyObject[] = [];
  try {
    for (const x of iterables) iters.push(abs.getIter(x));
  } catch (e) {
    for (const it of iters) decref(it);
    throw e;
  }
  const m = allocObject(type, typeData(type).basicsize + 16, incref(func), newTuple(iters));
  gcTrack(m);
  return m;
}

function mapNext(m: PyObject): PyObject | null {
  const iters = tupleItems(m.w as PyObject);
  const args: PyObject[] = [];
  try {
    for (const it of iters) {
      const x = abs.iterNext(it);
      if (x === null) return null;
      args.push(x);
    }
    return abs.call(m.v as PyObject, args);
  } finally {
    for (const a of args) decref(a);
  }
}

/** filter(function or None, iterable) */
export function newFilter(type: PyObject, func: PyObject, iterable: PyObject): PyObject {
  const it = abs.getIter(iterable);
  const f = allocObject(type, typeData(type).basicsize + 16, incref(func), it);
  gcTrack(f);
  return f;
}

function filterNext(f: PyObject): PyObject | null {
  const func = f.v as PyObject;
  const checkTrue = func === None || func === BoolType;
  for (;;) {
    const item = abs.iterNext(f.w as PyObject);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checkTrue) ok = abs.isTrue(item);
      else {
        const good = abs.call(func, [item]);
        try {
          ok = abs.isTrue(good);
        } finally {
          decref(good);
        }
      }
    } catch (e) {
      decref(item);
      throw e;
    }
    if (ok) return item;
    decref(item);
  }
}

// ---- reversed ---------------------------------------------------------------------------------

/** reversed(seq): seq.__reversed__() if defined, else the __len__/__getitem__ protocol. */
export function newReversed(type: PyObject, seq: PyObject): PyObject {
  if (type === ReversedType) {
    const r = callSpecial(seq, "__reversed__", []);
    if (r === FOUND_NONE) raise(TypeError, `'${typeName(seq)}' object is not reversible`);
    if (r !== NOT_FOUND) return r;
  }
  const data = tp(seq);
  if (data.getitem === null || data.length === null || seq.type === DictType || isSubtype(seq.type, DictType)) {
    raise(TypeError, `'${typeName(seq)}' object is not reversible`);
  }
  const n = abs.length(seq);
  const ro = allocObject(type, typeData(type).basicsize + 16, incref(seq), n - 1);
  gcTrack(ro);
  return ro;
}

function reversedNext(ro: PyObject): PyObject | null {
  const seq = ro.v as PyObject | null;
  const index = ro.w as number;
  if (seq === null) return null;
  if (index >= 0) {
    const idx = newInt(index);
    try {
      const item = abs.getItem(seq, idx);
      ro.w = index - 1;
      return item;
    } catch (e) {
      if (!(isExc(e, IndexError) || isExc(e, StopIteration))) throw e;
      decref(e.exc);
    } finally {
      decref(idx);
    }
  }
  ro.w = -1;
  ro.v = null;
  decref(seq);
  return null;
}

// ---- type slots ----------------------------------------------------------------------------------

function objDealloc(clear: (o: PyObject) => void) {
  return (o: PyObject): void => {
    gcUntrack(o);
    clear(o);
    freeObject(o);
  };
}

const seqData = typeData(SeqIterType);
seqData.dealloc = objDealloc((o) => {
  const s = o.v as PyObject | null;
  o.v = null;
  xdecref(s);
});
seqData.traverse = (o, visit) => {
  if (o.v !== null) visit(o.v as PyObject);
};
seqData.iter = (o) => incref(o);
seqData.iternext = seqIterNext;
seqData.methodDefs["__length_hint__"] = {
  kind: "noargs",
  fn: (it) => {
    const seq = it.v as PyObject | null;
    if (seq === null) return newInt(0);
    if (tp(seq).length === null) return incref(NotImplemented);
    return newInt(Math.max(0, abs.length(seq) - (it.w as number)));
  },
};
abs.setSequenceIterFactory(newSeqIter);

const callData = typeData(CallIterType);
callData.dealloc = objDealloc(clearCallIter);
callData.traverse = (o, visit) => {
  if (o.v !== null) visit(o.v as PyObject);
  if (o.w !== null) visit(o.w as PyObject);
};
callData.iter = (o) => incref(o);
callData.iternext = callIterNext;

const enumData = typeData(EnumerateType);
enumData.dealloc = objDealloc((o) => {
  const it = o.v as PyObject | null;
  const st = o.w as EnumState | null;
  o.v = null;
  o.w = null;
  xdecref(it);
  if (st !== null) decref(st.result);
});
enumData.traverse = (o, visit) => {
  if (o.v !== null) visit(o.v as PyObject);
  const st = o.w as EnumState | null;
  if (st !== null) visit(st.result);
};
enumData.iter = (o) => incref(o);
enumData.iternext = enumNext;
enumData.new = (type, args, kwnames) => {
  const names = kwnames === null ? [] : tupleItems(kwnames).map((k) => k.v as string);
  const npos = args.length - names.length;
  let iterable: PyObject | null = npos > 0 ? args[0]! : null;
  let start: PyObject | null = npos > 1 ? args[1]! : null;
  if (npos > 2) raise(TypeError, `enumerate() takes at most 2 arguments (${npos} given)`);
  names.forEach((n, i) => {
    if (n === "iterable" && iterable === null) iterable = args[npos + i]!;
    else if (n === "start" && start === null) start = args[npos + i]!;
    else raise(TypeError, `'${n}' is an invalid keyword argument for enumerate()`);
  });
  if (iterable === null) raise(TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  return newEnumerate(type, iterable, start);
};

const zipData = typeData(ZipType);
zipData.dealloc = objDealloc((o) => {
  const st = o.w as ZipState | null;
  o.w = null;
  if (st !== null) {
    decref(st.iters);
    decref(st.result);
  }
});
zipData.traverse = (o, visit) => {
  const st = o.w as ZipState | null;
  if (st !== null) {
    visit(st.iters);
    visit(st.result);
  }
};
zipData.iter = (o) => incref(o);
zipData.iternext = zipNext;
zipData.new = (type, args, kwnames) => {
  const names = kwnames === null ? [] : tupleItems(kwnames).map((k) => k.v as string);
  const npos = args.length - names.length;
  let strict = false;
  names.forEach((n, i) => {
    if (n === "strict") strict = abs.isTrue(args[npos + i]!);
    else raise(TypeError, "zip() got an unexpected keyword argument '" + n + "'");
  });
  return newZip(type, args.slice(0, npos), strict);
};

const mapData = typeData(MapType);
mapData.dealloc = objDealloc((o) => {
  const f = o.v as PyObject | null;
  const iters = o.w as PyObject | null;
  o.v = null;
  o.w = null;
  xdecref(iters);
  xdecref(f);
});
mapData.traverse = (o, visit) => {
  if (o.w !== null) visit(o.w as PyObject);
  if (o.v !== null) visit(o.v as PyObject);
};
mapData.iter = (o) => incref(o);
mapData.iternext = mapNext;
mapData.new = (type, args, kwnames) => {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "map() takes no keyword arguments");
  if (args.length < 2) raise(TypeError, "map() must have at least two arguments.");
  return newMap(type, args[0]!, args.slice(1));
};

const filterData = typeData(FilterType);
filterData.dealloc = objDealloc((o) => {
  const f = o.v as PyObject | null;
  const it = o.w as PyObject | null;
  o.v = null;
  o.w = null;
  xdecref(f);
  xdecref(it);
});
filterData.traverse = (o, visit) => {
  if (o.v !== null) visit(o.v as PyObject);
  if (o.w !== null) visit(o.w as PyObject);
};
filterData.iter = (o) => incref(o);
filterData.iternext = filterNext;
filterData.new = (type, args, kwnames) => {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "filter() takes no keyword arguments");
  if (args.length !== 2) raise(TypeError, `filter expected 2 arguments, got ${args.length}`);
  return newFilter(type, args[0]!, args[1]!);
};

const revData = typeData(ReversedType);
revData.dealloc = objDealloc((o) => {
  const s = o.v as PyObject | null;
  o.v = null;
  xdecref(s);
});
revData.traverse = (o, visit) => {
  if (o.v !== null) visit(o.v as PyObject);
};
revData.iter = (o) => incref(o);
revData.iternext = reversedNext;
revData.new = (type, args, kwnames) => {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "reversed() takes no keyword arguments");
  if (args.length !== 1) raise(TypeError, `reversed expected 1 argument, got ${args.length}`);
  return newReversed(type, args[0]!);
};
revData.methodDefs["__length_hint__"] = {
  kind: "noargs",
  fn: (ro) => {
    const seq = ro.v as PyObject | null;
    if (seq === null) return newInt(0);
    const n = abs.length(seq);
    const idx = ro.w as number;
    return newInt(n < idx + 1 ? 0 : idx + 1);
  },
};

export { IntType };

// object.__sizeof__: the basic size (these objects own no separate buffers).
for (const t of [SeqIterType, CallIterType, EnumerateType, ZipType, MapType, FilterType, ReversedType]) {
  const d = typeData(t);
  if (d.sizeof === null) d.sizeof = () => d.basicsize;
}
