// Weak references (Objects/weakrefobject.c): weakref.ref, proxies, and the list of
// weak references each referent keeps (tp_weaklistoffset).
//
// A weakref is 64 + 16 bytes, GC-tracked; payload `v` a WeakData: the referent
// (not owned: null once it died), the callback (owned) and the cached hash. Each
// referent's weakrefs live in a side table here (CPython keeps the list head in the
// object; pyarena's object fields are busy with payloads), in CPython's list order:
// the callback-less ref first, then the callback-less proxy, then refs with callbacks,
// newest first.
//
// Invariants: a weakref is in its referent's list exactly while its referent is set;
// referents are never kept alive by this table.
import { decref, incref, PyObject, PyRaise, xdecref } from "./object.js";
import { allocObject, freeObject, objectId } from "./runtime.js";
import { makeStaticType, typeData, tp, typeName, isSubtype, CompareOp, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TPFLAGS_MANAGED_WEAKREF } from "./typeobject.js";
import * as T from "./types.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { raise, TypeError, ReferenceError } from "./exceptions.js";
import { None, NotImplemented, pyBool } from "./singletons.js";
import { newStr, internStr } from "./unicodeobject.js";
import { tupleItems } from "./tupleobject.js";
import * as abs from "./abstract.js";
import { writeUnraisable } from "./unraisable.js";
import { onRuntimeReset } from "./runtime.js";
import { noteWeakReach } from "./gcstress.js";

export const RefType = makeStaticType("weakref.ReferenceType", 64, 0, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE);
// no tp_vectorcall in 3.12: a call packs its arguments (objects/callargs.ts)
typeData(RefType).callPacksArgs = true;
export const ProxyType = makeStaticType("weakref.ProxyType", 64, 0, TPFLAGS_HAVE_GC);
export const CallableProxyType = makeStaticType("weakref.CallableProxyType", 64, 0, TPFLAGS_HAVE_GC);
for (const t of [RefType, ProxyType, CallableProxyType]) typeData(t).module = "weakref";
typeData(RefType).slotsInW = true;

interface WeakData {
  referent: PyObject | null;
  callback: PyObject | null;
  hash: number | bigint | null;
}

function wd(r: PyObject): WeakData {
  return r.v as WeakData;
}

/** referent → its weak references, in CPython's list order */
let lists = new Map<PyObject, PyObject[]>();
onRuntimeReset(() => {
  lists = new Map();
});

/** Built-in types whose instances can be weakly referenced (tp_weaklistoffset ≠ 0). */
const WEAKREFABLE = new Set<PyObject>([
  T.SetType, T.FrozenSetType, T.FunctionType, T.BuiltinFunctionType, T.MethodType, T.TypeType, T.ModuleType, T.CodeType, T.GeneratorType,
]);

export function supportsWeakrefs(type: PyObject): boolean {
  for (let t: PyObject | null = type; t !== null; t = typeData(t).base) {
    const d = typeData(t);
    if ((d.flags & TPFLAGS_MANAGED_WEAKREF) !== 0 || d.weakrefSlot || WEAKREFABLE.has(t)) return true;
  }
  return false;
}

function isBasic(r: PyObject): boolean {
  return wd(r).callback === null && (r.type === RefType || r.type === ProxyType || r.type === CallableProxyType);
}

function newWeak(type: PyObject, referent: PyObject, callback: PyObject | null): PyObject {
  const data: WeakData = { referent, callback: callback === null ? null : incref(callback), hash: null };
  const slots = typeData(type).heap?.slotCount ?? 0;
  const r = allocObject(type, typeData(type).basicsize + typeData(type).preHeaderSize, data, slots > 0 ? new Array<PyObject | null>(slots).fill(null) : null);
  gcTrack(r);
  return r;
}

/** Insert as CPython's insert_head / insert_after does. */
function link(referent: PyObject, r: PyObject): void {
  let list = lists.get(referent);
  if (list === undefined) {
    list = [];
    lists.set(referent, list);
  }
  const isProxy = r.type !== RefType && !isSubtype(r.type, RefType);
  if (wd(r).callback === null && r.type === RefType) list.unshift(r);
  else if (wd(r).callback === null && isProxy) list.splice(list[0] !== undefined && isBasic(list[0]) && list[0].type === RefType ? 1 : 0, 0, r);
  else {
    // after the basic ref and proxy: callback refs go newest first
    let i = 0;
    while (i < list.length && isBasic(list[i]!)) i++;
    list.splice(i, 0, r);
  }
}

function unlink(r: PyObject): void {
  const referent = wd(r).referent;
  if (referent === null) return;
  const list = lists.get(referent);
  if (list !== undefined) {
    const i = list.indexOf(r);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) lists.delete(referent);
  }
  wd(r).referent = null;
}

/** weakref.ref(obj[, callback]): reuses the callback-less ref when there is one. */
export function newRef(type: PyObject, referent: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(referent.type)) raise(TypeError, `cannot create weak reference to '${typeName(referent)}' object`);
  if (callback === None) callback = null;
  if (callback === null && type === RefType) {
    const head = lists.get(referent)?.[0];
    if (head !== undefined && head.type === RefType && wd(head).callback === null) return incref(head);
  }
  const r = newWeak(type, referent, callback);
  link(referent, r);
  return r;
}

/** weakref.proxy(obj[, callback]) */
export function newProxy(referent: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(referent.type)) raise(TypeError, `cannot create weak reference to '${typeName(referent)}' object`);
  if (callback === None) callback = null;
  const type = abs.isCallable(referent) ? CallableProxyType : ProxyType;
  if (callback === null) {
    const existing = lists.get(referent)?.find((r) => r.type === type && wd(r).callback === null);
    if (existing !== undefined) return incref(existing);
  }
  const r = newWeak(type, referent, callback);
  link(referent, r);
  return r;
}

export function weakrefCount(o: PyObject): number {
  return lists.get(o)?.length ?? 0;
}

export function weakrefsOf(o: PyObject): PyObject[] {
  noteWeakReach();
  return [...(lists.get(o) ?? [])];
}

/** Whether any live object has weak references (the collector's fast path). */
export function anyWeakrefs(): boolean {
  return lists.size !== 0;
}

export function hasWeakrefs(o: PyObject): boolean {
  return lists.size !== 0 && lists.has(o);
}

/**
 * PyObject_ClearWeakRefs: the referent is dying. Every weakref to it goes dead; then
 * the callbacks run in list order, each given its weakref.
 */
export function clearWeakrefs(o: PyObject): void {
  if (lists.size === 0) return;
  const list = lists.get(o);
  if (list === undefined) return;
  lists.delete(o);
  const withCallbacks: PyObject[] = [];
  for (const r of list) {
    wd(r).referent = null;
    if (wd(r).callback !== null) withCallbacks.push(incref(r));
  }
  runCallbacks(withCallbacks);
}

/**
 * Call each weakref's callback (the references in `refs` are owned and released here);
 * returns how many of the weakrefs died once their callback had run.
 */
export function runCallbacks(refs: PyObject[]): number {
  noteWeakReach();
  let freed = 0;
  for (const r of refs) {
    const cb = wd(r).callback;
    if (cb !== null) {
      wd(r).callback = null;
      try {
        decref(abs.call(cb, [r]));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        writeUnraisable(e.exc, cb);
        decref(e.exc);
      } finally {
        decref(cb);
      }
    }
    if (r.rc === 1) freed++;
    decref(r);
  }
  return freed;
}

/** handle_weakrefs' first half: kill the weakrefs to `o`; returns those whose callbacks may run (new references). */
export function detachWeakrefs(o: PyObject): PyObject[] {
  const list = lists.get(o);
  if (list === undefined) return [];
  lists.delete(o);
  const withCallbacks: PyObject[] = [];
  for (const r of list) {
    wd(r).referent = null;
    if (wd(r).callback !== null) withCallbacks.push(incref(r));
  }
  return withCallbacks;
}

export function isWeakref(o: PyObject): boolean {
  return o.type === RefType || o.type === ProxyType || o.type === CallableProxyType || isSubtype(o.type, RefType);
}

/** _PyWeakref_ClearRef: the weakref goes dead without its callback ever running. */
export function clearWeakrefObject(r: PyObject): void {
  unlink(r);
}

// ---- weakref.ref ------------------------------------------------------------------------------------

function weakDealloc(r: PyObject): void {
  gcUntrack(r);
  unlink(r);
  xdecref(wd(r).callback);
  clearWeakrefs(r);
  freeObject(r);
}

function weakTraverse(r: PyObject, visit: (o: PyObject) => void): void {
  const cb = wd(r).callback;
  if (cb !== null) visit(cb);
}

function weakClear(r: PyObject): void {
  unlink(r);
  const cb = wd(r).callback;
  wd(r).callback = null;
  xdecref(cb);
}

const ref = typeData(RefType);
ref.dealloc = weakDealloc;
ref.traverse = weakTraverse;
ref.clear = weakClear;
ref.new = (type, args, kwnames) => {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "ref() takes no keyword arguments");
  if (args.length < 1 || args.length > 2) raise(TypeError, `__new__ expected at most 2 arguments, got ${args.length}`);
  return newRef(type, args[0]!, args[1] ?? null);
};
ref.init = () => {};
ref.call = (r, args) => {
  if (args.length > 0) raise(TypeError, `weakref() takes no arguments (${args.length} given)`);
  noteWeakReach();
  return incref(wd(r).referent ?? None);
};
ref.hash = (r) => {
  const d = wd(r);
  if (d.hash !== null) return d.hash;
  if (d.referent === null) raise(TypeError, "weak object has gone away");
  noteWeakReach();
  d.hash = abs.hash(d.referent);
  return d.hash;
};
ref.richcompare = (a, b, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !isSubtype(b.type, RefType)) return incref(NotImplemented);
  noteWeakReach();
  const ra = wd(a).referent;
  const rb = wd(b).referent;
  if (ra === null || rb === null) {
    const same = a === b;
    return pyBool(op === CompareOp.EQ ? same : !same);
  }
  return abs.richCompare(ra, rb, op);
};
ref.repr = (r) => {
  noteWeakReach();
  const at = objectId(r).toString(16);
  const o = wd(r).referent;
  if (o === null) return newStr(`<weakref at 0x${at}; dead>`);
  const name = nameOf(o);
  const base = `<weakref at 0x${at}; to '${typeData(o.type).qualname}' at 0x${objectId(o).toString(16)}`;
  return newStr(name === null ? `${base}>` : `${base} (${name})>`);
};
ref.getsets["__callback__"] = { get: (r) => incref(wd(r).callback ?? None), readonlyMember: true };

function nameOf(o: PyObject): string | null {
  try {
    const n = abs.getAttrOrNull(o, internStr("__name__"));
    if (n === null) return null;
    const text = n.type === T.StrType ? (n.v as string) : null;
    decref(n);
    return text;
  } catch (e) {
    if (e instanceof PyRaise) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

// ---- proxies --------------------------------------------------------------------------------------------

function target(p: PyObject): PyObject {
  const o = wd(p).referent;
  if (o === null) raise(ReferenceError, "weakly-referenced object no longer exists");
  noteWeakReach();
  return o;
}

for (const t of [ProxyType, CallableProxyType]) {
  const d = typeData(t);
  d.dealloc = weakDealloc;
  d.traverse = weakTraverse;
  d.clear = weakClear;
  d.getattro = (p, name) => abs.getAttr(target(p), name);
  d.setattro = (p, name, value) => abs.setAttr(target(p), name, value);
  d.repr = (p) => {
    const o = wd(p).referent;
    const at = objectId(p).toString(16);
    if (o === null) return newStr(`<weakproxy at 0x${at}; dead>`);
    return newStr(`<weakproxy at 0x${at} to ${typeData(o.type).name} at 0x${objectId(o).toString(16)}>`);
  };
  d.str = (p) => abs.str(target(p));
  d.bool = (p) => abs.isTrue(target(p));
  d.length = (p) => abs.length(target(p));
  d.getitem = (p, k) => abs.getItem(target(p), k);
  d.setitem = (p, k, v) => abs.setItem(target(p), k, v);
  d.contains = (p, k) => abs.contains(target(p), k);
  d.iter = (p) => abs.getIter(target(p));
  d.richcompare = (p, other, op) => abs.richCompare(target(p), isProxy(other) ? target(other) : other, op);
  d.hash = () => raise(TypeError, `unhashable type: '${typeData(t).name}'`);
  for (const slot of ["add", "sub", "mul", "truediv", "floordiv", "mod"] as const) {
    d[slot] = (a, b) => abs.binaryOp(isProxy(a) ? target(a) : a, isProxy(b) ? target(b) : b, slot);
  }
}
typeData(CallableProxyType).call = (p, args, kwnames) => abs.call(target(p), args, kwnames);

function isProxy(o: PyObject): boolean {
  return o.type === ProxyType || o.type === CallableProxyType;
}

