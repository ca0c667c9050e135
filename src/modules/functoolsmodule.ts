// The _functools module (Modules/_functoolsmodule.c, CPython 3.12): reduce, partial
// (80 bytes with the GC header: fn, args, kw, __dict__, weakrefs, vectorcall),
// cmp_to_key's functools.KeyWrapper (48 bytes) and the C LRU cache,
// functools._lru_cache_wrapper (168 bytes), whose cache entries are non-GC
// functools._lru_list_elem objects of 56 bytes, linked in a list the wrapper owns and
// stored as the values of its cache dict. The functools module proper is Python
// source (pysrc/functools.ts) importing these, as CPython's Lib/functools.py does.
import { decref, incref, PyObject, PyRaise, xdecref } from "../objects/object.js";
import { allocObject, freeObject } from "../objects/runtime.js";
import {
  makeStaticType, typeData, tp, typeName, isSubtype, CompareOp, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TypeType, type MethodDef,
} from "../objects/typeobject.js";
import { gcTrack, gcUntrack, isTracked } from "../objects/gcheader.js";
import { raise, TypeError, AttributeError, OverflowError } from "../objects/exceptions.js";
import { hasIndex, asSsize } from "../objects/sliceobject.js";
import * as abs from "../objects/abstract.js";
import { None } from "../objects/singletons.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { tupleFromArray } from "../objects/tuplemethods.js";
import { newInt } from "../objects/longobject.js";
import { newStr, internStr } from "../objects/unicodeobject.js";
import {
  newDict, dictSetItem, dictCopy, dictMergeEx, dictLen, dictItems, dictClear, dictPop, keyHash,
  dictGetItemKnownHash, dictSetItemKnownHash, isDict,
} from "../objects/dictobject.js";
import { newModule } from "../objects/moduleobject.js";
import { newBuiltin, instanceDictGetSet } from "../objects/descrobject.js";
import { newMethod } from "../objects/classobject.js";
import { clearWeakrefs } from "../objects/weakrefobject.js";
import { hashNotImplemented } from "../objects/slotdefs.js";
import { IntType, StrType, TupleType, ObjectType } from "../objects/types.js";
import { checkPositional } from "../objects/intmethods.js";
import { onRuntimeReset } from "../objects/runtime.js";
import { registerModule, registerSourceModule } from "../vm/imports.js";
import { callEx } from "../vm/eval.js";
import { hooks as interpreterHooks } from "../vm/interpreter.js";
import { unpackKeywords } from "./itertoolsmodule.js";
import { withCallArgs } from "../objects/callargs.js";
import { FUNCTOOLS_SOURCE } from "./pysrc/functools.js";

const GC_BASE = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;

/** tp_alloc: the block (with a slot array for subclasses with __slots__), tracked at once. */
function allocGC(type: PyObject, state: unknown): PyObject {
  const data = typeData(type);
  const slots = data.heap?.slotCount ?? 0;
  const o = allocObject(type, data.basicsize + data.preHeaderSize, state, slots > 0 ? new Array<PyObject | null>(slots).fill(null) : null);
  gcTrack(o);
  return o;
}

/** tupleconcat (PySequence_Concat of two exact tuples): an empty side returns the other one. */
function tupleConcat(a: PyObject, b: PyObject): PyObject {
  const ia = tupleItems(a);
  const ib = tupleItems(b);
  if (ia.length === 0 && b.type === TupleType) return incref(b);
  if (ib.length === 0 && a.type === TupleType) return incref(a);
  return newTuple([...ia, ...ib].map((x) => incref(x)));
}

// ---- reduce ------------------------------------------------------------------------------------

const reduce: MethodDef = {
  kind: "fast",
  // METH_VARARGS: the arguments arrive as a tuple
  fn: (_self, args) => withCallArgs(args, null, () => reduceImpl(args)),
};

function reduceImpl(args: PyObject[]): PyObject {
  checkPositional("reduce", args.length, 2, 3);
  const func = args[0]!;
  const seq = args[1]!;
  let result: PyObject | null = args.length > 2 ? incref(args[2]!) : null;
  let it: PyObject;
  try {
    it = abs.getIter(seq);
  } catch (e) {
    xdecref(result);
    if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError)) {
      decref(e.exc);
      raise(TypeError, "reduce() arg 2 must support iteration");
    }
    throw e;
  }
  // the argument pair is one 2-tuple, reused while nobody else holds it
  let pair = newTuple([incref(None), incref(None)]);
  try {
    for (;;) {
      if (pair.rc > 1) {
        decref(pair);
        pair = newTuple([incref(None), incref(None)]);
      }
      const op2 = abs.iterNext(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
      } else {
        const items = tupleItems(pair);
        const old0 = items[0]!;
        items[0] = result;
        decref(old0);
        const old1 = items[1]!;
        items[1] = op2;
        decref(old1);
        result = null;
        result = abs.call(func, tupleItems(pair));
        if (!isTracked(pair)) gcTrack(pair);
      }
    }
  } catch (e) {
    decref(pair);
    xdecref(result);
    decref(it);
    throw e;
  }
  decref(pair);
  decref(it);
  if (result === null) raise(TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ---- partial -------------------------------------------------------------------------------------

interface PartialState {
  fn: PyObject | null;
  args: PyObject | null;
  kw: PyObject | null;
}

export const PartialType = makeStaticType("functools.partial", 64, 0, GC_BASE);
const partialData = typeData(PartialType);
partialData.instanceDict = true;
partialData.weakrefSlot = true;
partialData.slotsInW = true;

function ps(o: PyObject): PartialState {
  return o.v as PartialState;
}

partialData.new = (type, args, kwnames) =>
  withCallArgs(args, kwnames, (argsTuple, kw) => {
    const positional = tupleItems(argsTuple);
    if (positional.length < 1) raise(TypeError, "type 'partial' takes at least one argument");
    let func = positional[0]!;
    let pargs: PyObject | null = null;
    let pkw: PyObject | null = null;
    if (tp(func).call === partialCall && func.dict === null) {
      const inner = ps(func);
      pargs = inner.args;
      pkw = inner.kw;
      func = inner.fn!;
    }
    if (!abs.isCallable(func)) raise(TypeError, "the first argument must be callable");
    const pto = allocGC(type, { fn: incref(func), args: null, kw: null } satisfies PartialState);
    const s = ps(pto);
    try {
      const nargs = tupleFromArray(positional.slice(1));
      if (pargs === null) {
        s.args = nargs;
      } else {
        try {
          s.args = tupleConcat(pargs, nargs);
        } finally {
          decref(nargs);
        }
      }
      if (pkw === null || dictLen(pkw) === 0) {
        // the call's keywords dict is taken over when nobody else holds it
        if (kw === null) s.kw = newDict();
        else if (kw.rc === 1) s.kw = incref(kw);
        else s.kw = dictCopy(kw);
      } else {
        s.kw = dictCopy(pkw);
        if (kw !== null) dictMergeEx(s.kw, kw, 1);
      }
    } catch (e) {
      decref(pto);
      throw e;
    }
    return pto;
  });

/** _PyVectorcall_Function(fn) != NULL: instances of classes and classes themselves have no vectorcall in 3.12. */
function hasVectorcall(fn: PyObject): boolean {
  if (typeData(fn.type).heap !== null) return false;
  if (isSubtype(fn.type, TypeType) && typeData(fn).heap !== null) return false;
  return true;
}

/** partial_call (tp_call): positional arguments as a tuple, keywords as a dict (or null). */
function partialCallWith(pto: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const s = ps(pto);
  let kwargs2: PyObject | null;
  if (dictLen(s.kw!) === 0) {
    kwargs2 = kwargs === null ? null : incref(kwargs);
  } else {
    // copied: a function taking **kwargs may change the dict
    kwargs2 = dictCopy(s.kw!);
    if (kwargs !== null) {
      try {
        dictMergeEx(kwargs2, kwargs, 1);
      } catch (e) {
        decref(kwargs2);
        throw e;
      }
    }
  }
  const args2 = tupleConcat(s.args!, args);
  try {
    return callEx(s.fn!, args2, kwargs2);
  } finally {
    decref(args2);
    xdecref(kwargs2);
  }
}

function partialCall(pto: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const s = ps(pto);
  const fn = s.fn!;
  if (hasVectorcall(fn) && dictLen(s.kw!) === 0) {
    // partial_vectorcall: the stored arguments, then the new ones (borrowed)
    const ptoArgs = tupleItems(s.args!);
    if (args.length === 0) return abs.call(fn, ptoArgs, null);
    return abs.call(fn, ptoArgs.length === 0 ? args : [...ptoArgs, ...args], kwnames);
  }
  // the fallback (_PyObject_MakeTpCall): an argument tuple and a keywords dict
  return withCallArgs(args, kwnames, (argsTuple, kwargs) => partialCallWith(pto, argsTuple, kwargs));
}
partialData.call = partialCall;

function partialClear(o: PyObject): void {
  const s = ps(o);
  const { fn, args, kw } = s;
  s.fn = null;
  s.args = null;
  s.kw = null;
  xdecref(fn);
  xdecref(args);
  xdecref(kw);
  const d = o.dict;
  o.dict = null;
  xdecref(d);
}

partialData.dealloc = (o) => {
  gcUntrack(o);
  clearWeakrefs(o);
  partialClear(o);
  freeObject(o);
};
partialData.clear = partialClear;
partialData.traverse = (o, visit) => {
  if (typeData(o.type).heap === null) visit(o.type);
  const s = ps(o);
  if (s.fn !== null) visit(s.fn);
  if (s.args !== null) visit(s.args);
  if (s.kw !== null) visit(s.kw);
  if (o.dict !== null) visit(o.dict);
};

partialData.repr = (o) => {
  if (!abs.reprEnter(o)) return newStr("...");
  try {
    const s = ps(o);
    let arglist = "";
    for (const a of tupleItems(s.args!)) arglist += `, ${abs.reprText(a)}`;
    for (const [k, v] of dictItems(s.kw!)) {
      incref(v);
      try {
        arglist += `, ${abs.strText(k)}=${abs.reprText(v)}`;
      } finally {
        decref(v);
      }
    }
    return newStr(`${typeData(o.type).name}(${abs.reprText(s.fn!)}${arglist})`);
  } finally {
    abs.reprLeave(o);
  }
};

partialData.getsets["func"] = { get: (o) => incref(ps(o).fn ?? None), readonlyMember: true, doc: "function object to use in future partial calls" };
partialData.getsets["args"] = { get: (o) => incref(ps(o).args ?? None), readonlyMember: true, doc: "tuple of arguments to future partial calls" };
partialData.getsets["keywords"] = { get: (o) => incref(ps(o).kw ?? None), readonlyMember: true, doc: "dictionary of keyword arguments to future partial calls" };
partialData.getsets["__dict__"] = instanceDictGetSet;

partialData.methodDefs["__reduce__"] = {
  kind: "noargs",
  fn: (o) => {
    const s = ps(o);
    return newTuple([
      incref(o.type),
      newTuple([incref(s.fn!)]),
      newTuple([incref(s.fn!), incref(s.args!), incref(s.kw!), incref(o.dict ?? None)]),
    ]);
  },
};
partialData.methodDefs["__setstate__"] = {
  kind: "o",
  fn: (o, state) => {
    const invalid = (): never => raise(TypeError, "invalid partial state");
    if (!isSubtype(state.type, TupleType) || tupleItems(state).length !== 4) invalid();
    const [fn, fnargs, kw, dict] = tupleItems(state) as [PyObject, PyObject, PyObject, PyObject];
    if (!abs.isCallable(fn) || !isSubtype(fnargs.type, TupleType) || (kw !== None && !isDict(kw))) invalid();
    const newArgs = fnargs.type === TupleType ? incref(fnargs) : tupleFromArray(tupleItems(fnargs));
    const newKw = kw === None ? newDict() : isExactDict(kw) ? incref(kw) : dictCopy(kw);
    const s = ps(o);
    const { fn: oldFn, args: oldArgs, kw: oldKw } = s;
    s.fn = incref(fn);
    s.args = newArgs;
    s.kw = newKw;
    const oldDict = o.dict;
    o.dict = dict === None ? null : incref(dict);
    xdecref(oldFn);
    xdecref(oldArgs);
    xdecref(oldKw);
    xdecref(oldDict);
    return incref(None);
  },
};

function isExactDict(o: PyObject): boolean {
  return isDict(o) && typeData(o.type).heap === null;
}

// ---- cmp_to_key ----------------------------------------------------------------------------------

interface KeyState {
  cmp: PyObject | null;
  object: PyObject | null;
}

export const KeyWrapperType = makeStaticType("functools.KeyWrapper", 32, 0, TPFLAGS_HAVE_GC);
const keyData = typeData(KeyWrapperType);

function newKeyObject(cmp: PyObject, object: PyObject | null): PyObject {
  const o = allocObject(KeyWrapperType, keyData.basicsize + 16, { cmp: incref(cmp), object: object === null ? null : incref(object) } satisfies KeyState, null);
  gcTrack(o);
  return o;
}

function keyClear(o: PyObject): void {
  const s = o.v as KeyState;
  const { cmp, object } = s;
  s.cmp = null;
  s.object = null;
  xdecref(cmp);
  xdecref(object);
}

keyData.dealloc = (o) => {
  gcUntrack(o);
  keyClear(o);
  freeObject(o);
};
keyData.clear = keyClear;
keyData.traverse = (o, visit) => {
  visit(o.type);
  const s = o.v as KeyState;
  if (s.cmp !== null) visit(s.cmp);
  if (s.object !== null) visit(s.object);
};
keyData.call = (ko, args, kwnames) =>
  withCallArgs(args, kwnames, () => {
    const [object] = unpackKeywords("K", ["obj"], 0, 1, 1, args, kwnames);
    return newKeyObject((ko.v as KeyState).cmp!, object);
  });
keyData.richcompare = (a, b, op: CompareOp) => {
  if (b.type !== a.type) raise(TypeError, "other argument must be K instance");
  const compare = (a.v as KeyState).cmp!;
  const x = (a.v as KeyState).object;
  const y = (b.v as KeyState).object;
  if (x === null || y === null) raise(AttributeError, "object");
  const res = abs.call(compare, [x, y]);
  const zero = newInt(0);
  try {
    return abs.richCompare(res, zero, op);
  } finally {
    decref(res);
    decref(zero);
  }
};
keyData.hash = hashNotImplemented;
// Py_TPFLAGS_DISALLOW_INSTANTIATION
keyData.new = () => raise(TypeError, "cannot create 'functools.KeyWrapper' instances");
keyData.getsets["obj"] = {
  get: (o) => incref((o.v as KeyState).object ?? None),
  set: (o, v) => {
    const s = o.v as KeyState;
    const old = s.object;
    s.object = v === null ? null : incref(v);
    xdecref(old);
  },
  doc: "Value wrapped by a key function.",
};

const cmpToKey: MethodDef = {
  kind: "fastkw",
  fn: (_self, args, kwnames) => {
    const kwTuple = kwnames === null || kwnames.length === 0 ? null : newTuple(kwnames.map((k) => internStr(k)).map((k) => incref(k)));
    try {
      const [mycmp] = unpackKeywords("cmp_to_key", ["mycmp"], 0, 1, 1, args, kwTuple);
      return newKeyObject(mycmp!, null);
    } finally {
      xdecref(kwTuple);
    }
  },
};

// ---- _lru_cache_wrapper ---------------------------------------------------------------------------

/** A cache entry (lru_list_elem): the links are borrowed, key and result owned. */
interface LinkState {
  prev: Link;
  next: Link;
  hash: number | bigint;
  key: PyObject | null;
  result: PyObject | null;
}
type Link = LinkState & { obj: PyObject | null };

export const LruListElemType = makeStaticType("functools._lru_list_elem", 56, 0, 0);
const linkData = typeData(LruListElemType);
linkData.new = () => raise(TypeError, "cannot create 'functools._lru_list_elem' instances");
linkData.dealloc = (o) => {
  const l = o.v as Link;
  const { key, result } = l;
  l.key = null;
  l.result = null;
  xdecref(key);
  xdecref(result);
  freeObject(o);
};

type Wrapper = "uncached" | "infinite" | "bounded";

interface LruState {
  /** the root of the circular list (not an object: CPython embeds it in the wrapper) */
  root: Link;
  wrapper: Wrapper;
  typed: boolean;
  cache: PyObject | null;
  hits: number;
  func: PyObject | null;
  /** -1: unbounded */
  maxsize: number;
  misses: number;
  kwdMark: PyObject | null;
  cacheInfoType: PyObject | null;
}

export const LruCacheType = makeStaticType("functools._lru_cache_wrapper", 152, 0, TPFLAGS_HAVE_GC);
const lruData = typeData(LruCacheType);
lruData.instanceDict = true;
lruData.weakrefSlot = true;
lruData.slotsInW = true;

/** The module state's kwd_mark: an object() separating positional from keyword arguments in keys. */
let kwdMark: PyObject | null = null;
onRuntimeReset(() => {
  kwdMark = null;
});
interpreterHooks.beforeShutdown.push(() => {
  const m = kwdMark;
  kwdMark = null;
  xdecref(m);
});

function newRoot(): Link {
  const root = { prev: null, next: null, hash: 0, key: null, result: null, obj: null } as unknown as Link;
  root.prev = root;
  root.next = root;
  return root;
}

function lru(o: PyObject): LruState {
  return o.v as LruState;
}

lruData.new = (type, args, kwnames) => withCallArgs(args, kwnames, () => lruNew(type, args, kwnames));

function lruNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [func, maxsizeO, typedO, cacheInfoType] = unpackKeywords(
    "lru_cache", ["user_function", "maxsize", "typed", "cache_info_type"], 0, 4, 4, args, kwnames,
  );
  const typed = abs.isTrue(typedO!);
  if (!abs.isCallable(func!)) raise(TypeError, "the first argument must be callable");
  let wrapper: Wrapper;
  let maxsize: number;
  if (maxsizeO === None) {
    wrapper = "infinite";
    maxsize = -1;
  } else if (hasIndex(maxsizeO!)) {
    maxsize = asSsize(maxsizeO!, OverflowError);
    if (maxsize < 0) maxsize = 0;
    wrapper = maxsize === 0 ? "uncached" : "bounded";
  } else {
    raise(TypeError, "maxsize should be integer or None");
  }
  const cache = newDict();
  if (kwdMark === null) kwdMark = abs.call(ObjectType, []);
  return allocGC(type, {
    root: newRoot(), wrapper, typed, cache, hits: 0, func: incref(func!), maxsize, misses: 0,
    kwdMark: incref(kwdMark), cacheInfoType: incref(cacheInfoType!),
  } satisfies LruState);
}

/** lru_cache_make_key */
function makeKey(kwdMarkObj: PyObject, args: PyObject, kwds: PyObject | null, typed: boolean): PyObject {
  const argItems = tupleItems(args);
  const kwItems = kwds === null ? [] : dictItems(kwds);
  if (!typed && kwItems.length === 0) {
    if (argItems.length === 1) {
      const key = argItems[0]!;
      // common scalar keys are used as they are
      if (key.type === StrType || key.type === IntType) return incref(key);
    }
    return incref(args);
  }
  const items: PyObject[] = argItems.map((x) => incref(x));
  if (kwItems.length > 0) {
    items.push(incref(kwdMarkObj));
    for (const [k, v] of kwItems) items.push(incref(k), incref(v));
  }
  if (typed) {
    for (const a of argItems) items.push(incref(a.type));
    for (const [, v] of kwItems) items.push(incref(v.type));
  }
  return newTuple(items);
}

function extractLink(link: Link): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(s: LruState, link: Link): void {
  const root = s.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

function prependLink(s: LruState, link: Link): void {
  const root = s.root;
  const first = root.next;
  first.prev = root.next = link;
  link.prev = root;
  link.next = first;
}

function callFunc(s: LruState, args: PyObject, kwds: PyObject | null): PyObject {
  return callEx(s.func!, args, kwds);
}

function uncachedCall(s: LruState, args: PyObject, kwds: PyObject | null): PyObject {
  s.misses++;
  return callFunc(s, args, kwds);
}

function infiniteCall(s: LruState, args: PyObject, kwds: PyObject | null): PyObject {
  const key = makeKey(s.kwdMark!, args, kwds, s.typed);
  try {
    const hash = keyHash(key);
    const cached = dictGetItemKnownHash(s.cache!, key, hash);
    if (cached !== null) {
      s.hits++;
      return incref(cached);
    }
    s.misses++;
    const result = callFunc(s, args, kwds);
    try {
      dictSetItemKnownHash(s.cache!, key, hash, result);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  } finally {
    decref(key);
  }
}

function newLink(hash: number | bigint, key: PyObject, result: PyObject): Link {
  const link = { prev: null, next: null, hash, key, result, obj: null } as unknown as Link;
  const obj = allocObject(LruListElemType, linkData.basicsize, link, null);
  link.obj = obj;
  return link;
}

function boundedCall(s: LruState, args: PyObject, kwds: PyObject | null): PyObject {
  const key = makeKey(s.kwdMark!, args, kwds, s.typed);
  let hash: number | bigint;
  let found: PyObject | null;
  try {
    hash = keyHash(key);
    found = dictGetItemKnownHash(s.cache!, key, hash);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (found !== null) {
    const link = found.v as Link;
    extractLink(link);
    appendLink(s, link);
    s.hits++;
    decref(key);
    return incref(link.result!);
  }
  s.misses++;
  let result: PyObject;
  try {
    result = callFunc(s, args, kwds);
  } catch (e) {
    decref(key);
    throw e;
  }
  let testresult: PyObject | null;
  try {
    testresult = dictGetItemKnownHash(s.cache!, key, hash);
  } catch (e) {
    decref(key);
    decref(result);
    throw e;
  }
  if (testresult !== null) {
    // the same key was added during the call: only the result is returned
    decref(key);
    return result;
  }
  const root = s.root;
  if (dictLen(s.cache!) < s.maxsize || root.next === root) {
    // the cache is not full: a new link
    const link = newLink(hash, key, result);
    try {
      dictSetItemKnownHash(s.cache!, key, hash, link.obj!);
    } catch (e) {
      decref(link.obj!);
      throw e;
    }
    appendLink(s, link);
    return incref(result);
  }
  // the cache is full: the oldest link is reused for the new key and result
  const link = root.next;
  extractLink(link);
  let popresult: PyObject;
  try {
    popresult = dictPop(s.cache!, link.key!, None);
  } catch (e) {
    prependLink(s, link);
    decref(key);
    decref(result);
    throw e;
  }
  if (popresult === None) {
    // the old key was already removed: the link is an orphan, dropped
    decref(popresult);
    decref(link.obj!);
    decref(key);
    return result;
  }
  const oldkey = link.key!;
  const oldresult = link.result!;
  link.hash = hash;
  link.key = key;
  link.result = result;
  try {
    dictSetItemKnownHash(s.cache!, key, hash, link.obj!);
  } catch (e) {
    decref(popresult);
    decref(link.obj!);
    decref(oldkey);
    decref(oldresult);
    throw e;
  }
  appendLink(s, link);
  incref(result);
  decref(popresult);
  decref(oldkey);
  decref(oldresult);
  return result;
}

lruData.call = (o, args, kwnames) =>
  // tp_call: the arguments as a tuple and a keywords dict
  withCallArgs(args, kwnames, (argsTuple, kwds) => {
    const s = lru(o);
    switch (s.wrapper) {
      case "uncached":
        return uncachedCall(s, argsTuple, kwds);
      case "infinite":
        return infiniteCall(s, argsTuple, kwds);
      case "bounded":
        return boundedCall(s, argsTuple, kwds);
    }
  });

lruData.descrGet = (self, obj) => {
  if (obj === null || obj === None) return incref(self);
  return newMethod(self, obj);
};

/** lru_cache_unlink_list: detach the whole list from the root; its first link (or null). */
function unlinkList(s: LruState): Link | null {
  const root = s.root;
  const link = root.next;
  if (link === root) return null;
  root.prev.next = null as unknown as Link;
  root.next = root.prev = root;
  return link;
}

/** lru_cache_clear_list: drop the list's reference to each link. */
function clearList(link: Link | null): void {
  while (link !== null) {
    const next: Link | null = link.next ?? null;
    decref(link.obj!);
    link = next;
  }
}

function lruClear(o: PyObject): void {
  const s = lru(o);
  const list = unlinkList(s);
  const { cache, func, kwdMark: mark, cacheInfoType } = s;
  s.cache = null;
  xdecref(cache);
  s.func = null;
  xdecref(func);
  s.kwdMark = null;
  xdecref(mark);
  s.cacheInfoType = null;
  xdecref(cacheInfoType);
  const d = o.dict;
  o.dict = null;
  xdecref(d);
  clearList(list);
}

lruData.dealloc = (o) => {
  gcUntrack(o);
  clearWeakrefs(o);
  lruClear(o);
  freeObject(o);
};
lruData.clear = lruClear;
lruData.traverse = (o, visit) => {
  if (typeData(o.type).heap === null) visit(o.type);
  const s = lru(o);
  const root = s.root;
  for (let link = root.next; link !== root; link = link.next) {
    if (link.result !== null) visit(link.result);
    // the list's own reference to the link and the link's to its key (links are not GC objects)
    visit(link.obj!);
    if (link.key !== null) visit(link.key);
  }
  if (s.cache !== null) visit(s.cache);
  if (s.func !== null) visit(s.func);
  if (s.kwdMark !== null) visit(s.kwdMark);
  if (s.cacheInfoType !== null) visit(s.cacheInfoType);
  if (o.dict !== null) visit(o.dict);
};

lruData.methodDefs["cache_info"] = {
  kind: "noargs",
  fn: (o) => {
    const s = lru(o);
    const args = [newInt(s.hits), newInt(s.misses), s.maxsize === -1 ? incref(None) : newInt(s.maxsize), newInt(dictLen(s.cache!))];
    try {
      return abs.call(s.cacheInfoType!, args);
    } finally {
      for (const a of args) decref(a);
    }
  },
};
lruData.methodDefs["cache_clear"] = {
  kind: "noargs",
  fn: (o) => {
    const s = lru(o);
    const list = unlinkList(s);
    s.hits = s.misses = 0;
    dictClear(s.cache!);
    clearList(list);
    return incref(None);
  },
};
lruData.methodDefs["__reduce__"] = { kind: "noargs", fn: (o) => abs.getAttr(o, internStr("__qualname__")) };
lruData.methodDefs["__copy__"] = { kind: "noargs", fn: (o) => incref(o) };
lruData.methodDefs["__deepcopy__"] = {
  kind: "fast",
  fn: (o, args) => {
    checkPositional("__deepcopy__", args.length, 1, 1);
    return incref(o);
  },
};
lruData.getsets["__dict__"] = partialData.getsets["__dict__"]!;

// ---- the module ------------------------------------------------------------------------------------

function makeFunctoolsModule(): PyObject {
  // the module state's kwd_mark is made when the module is
  if (kwdMark === null) kwdMark = abs.call(ObjectType, []);
  const d = newDict();
  const set = (name: string, value: PyObject) => {
    dictSetItem(d, internStr(name), value);
    decref(value);
  };
  set("__name__", newStr("_functools"));
  set("__doc__", newStr("Tools that operate on functions."));
  set("__package__", newStr(""));
  set("reduce", newBuiltin("reduce", reduce, null, "_functools"));
  set("cmp_to_key", newBuiltin("cmp_to_key", cmpToKey, null, "_functools"));
  dictSetItem(d, internStr("partial"), PartialType);
  dictSetItem(d, internStr("_lru_cache_wrapper"), LruCacheType);
  return newModule("_functools", d);
}

registerModule("_functools", makeFunctoolsModule);
registerSourceModule("functools", FUNCTOOLS_SOURCE);
