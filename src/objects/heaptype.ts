// Classes: heap types made by `class` statements and type(name, bases, dict)
// (Objects/typeobject.c type_new, PyType_Ready, subtype_dealloc, 3.12 layout).
//
// A class is one raw block of 936 bytes (PyHeapTypeObject 920 + GC header); with a
// managed dict it also owns a shared keys table (sharedkeys.ts), so
// sys.getsizeof(C) = 1704. It holds references to its bases, its base, its dict, its
// MRO tuple (which contains the class itself: every class is in a reference cycle)
// and its name strings; each descriptor it creates (`__dict__`, `__weakref__`, slot
// members) holds a reference back. Every instance holds one reference to its class.
//
// Instance layout (3.12): basicsize = the base's + 8 per __slots__ name; without
// __slots__ a class gets Py_TPFLAGS_MANAGED_DICT (unless its base has a dict) and
// MANAGED_WEAKREF (unless its base has weakrefs or variable size), each adding the
// 16-byte pre-header once. Slot values live in `w` (an array) for object-based layouts.
import { decref, incref, PyObject, xdecref } from "./object.js";
import {
  TypeData, typeData, tp, typeName, isSubtype, typeModified, TPFLAGS_HEAPTYPE, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC,
  TPFLAGS_MANAGED_DICT, TPFLAGS_MANAGED_WEAKREF, TPFLAGS_READY,
} from "./typeobject.js";
import { ObjectType, TypeType, StrType, FunctionType, MemberDescrType, StaticMethodType, ClassMethodType, MethodDescrType, CellType } from "./types.js";
import { allocObject, freeObject } from "./runtime.js";
import { gcTrack, gcUntrack, callFinalizerFromDealloc } from "./gcheader.js";
import { raise, TypeError, ValueError, AttributeError, raiseAttributeError } from "./exceptions.js";
import { sequenceTuple } from "./tuplemethods.js";
import { newTuple, tupleItems } from "./tupleobject.js";
import { dictCopy, dictGetItemStr, dictSetItem, dictDelItem, dictItems, newDict, dictClear, newSplitDict, isDict } from "./dictobject.js";
import { internStr, newStr } from "./unicodeobject.js";
import { None } from "./singletons.js";
import { SharedKeys, InstanceValues, newInstanceValues, freeInstanceValues, valuesGet, valuesStore } from "./sharedkeys.js";
import { computeMro } from "./mro.js";
import { SLOTDEFS, readSlot, writeSlot, staticSlotWrapper, hashNotImplemented, type SlotDef } from "./slotdefs.js";
import { INHERITED_SLOTS, newGetSetDescr, typeLookup, genericGetAttr, genericSetAttr } from "./descrobject.js";
import { call } from "./abstract.js";
import { trashcanBegin, trashcanEnd } from "./trashcan.js";
import { clearWeakrefs, weakrefsOf } from "./weakrefobject.js";

/** sizeof(PyHeapTypeObject) + the GC header: every class's block. */
const HEAP_TYPE_BYTES = 936;

export interface HeapInfo {
  /** ht_name, ht_qualname (owned) */
  name: PyObject;
  qualname: PyObject;
  /** ht_cached_keys: the shared keys of instance dicts, for managed-dict classes */
  cachedKeys: SharedKeys | null;
  /** this class's own __slots__ members, sorted as CPython sorts them */
  slotNames: string[];
  /** where this class's members start in the instance's slot array, and how many exist in all */
  slotStart: number;
  slotCount: number;
  /** the built-in type whose layout instances extend */
  staticBase: PyObject;
  /** that type's format slot (an empty format spec then means str()) */
  staticBaseFormat: unknown;
}

export function heapInfo(type: PyObject): HeapInfo | null {
  return typeData(type).heap;
}

export function isHeapType(type: PyObject): boolean {
  return (typeData(type).flags & TPFLAGS_HEAPTYPE) !== 0;
}

// ---- type_new ------------------------------------------------------------------------------------

/** _PyType_CalculateMetaclass: the most derived metatype among `meta` and the bases' types. */
export function calculateMetaclass(meta: PyObject, bases: PyObject[]): PyObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.type;
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** The built-in layout a type's instances have (solid_base). */
function solidBase(type: PyObject): PyObject {
  let t = type;
  while (isHeapType(t) && (heapInfo(t)!.slotNames.length === 0)) t = typeData(t).base!;
  return t;
}

/** best_base: the base whose layout every other base's layout is part of. */
function bestBase(bases: PyObject[]): PyObject {
  let base: PyObject | null = null;
  let winner: PyObject | null = null;
  for (const b of bases) {
    if (!isSubtype(b.type, TypeType)) raise(TypeError, "bases must be types");
    if ((typeData(b).flags & TPFLAGS_BASETYPE) === 0) raise(TypeError, `type '${typeData(b).name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (isSubtype(winner, candidate)) {
      // keep the current winner
    } else if (isSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      raise(TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base!;
}

/** tp_dictoffset ≠ 0 or a managed dict, on the type or (for built-in types) inherited. */
function hasDict(t: PyObject): boolean {
  for (let b: PyObject | null = t; b !== null; b = typeData(b).base) {
    const d = typeData(b);
    if ((d.flags & TPFLAGS_MANAGED_DICT) !== 0 || d.instanceDict) return true;
  }
  return false;
}

function hasWeakrefs(t: PyObject): boolean {
  const d = typeData(t);
  return (d.flags & TPFLAGS_MANAGED_WEAKREF) !== 0 || d.weakrefSlot;
}

interface SlotsSpec {
  names: string[];
  addDict: boolean;
  addWeak: boolean;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

/** _Py_Mangle for a __slots__ name inside class `className`. */
function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

/** type_new_slots: what __slots__ (if given) asks for. */
function readSlots(className: string, ns: PyObject, base: PyObject): SlotsSpec {
  const mayAddDict = !hasDict(base);
  const mayAddWeak = !hasWeakrefs(base) && typeData(base).itemsize === 0;
  const slots = dictGetItemStr(ns, "__slots__");
  if (slots === null) return { names: [], addDict: mayAddDict, addWeak: mayAddWeak };
  const items = slotItems(slots);
  const spec: SlotsSpec = { names: [], addDict: false, addWeak: false };
  for (const item of items) {
    if (item.type !== StrType && !isSubtype(item.type, StrType)) raise(TypeError, `__slots__ items must be strings, not '${typeName(item)}'`);
    const name = item.v as string;
    if (!isIdentifier(name)) raise(TypeError, "__slots__ must be identifiers");
    if (name === "__dict__") {
      if (!mayAddDict || spec.addDict) raise(TypeError, "__dict__ slot disallowed: we already got one");
      spec.addDict = true;
      continue;
    }
    if (name === "__weakref__") {
      if (!mayAddWeak || spec.addWeak) raise(TypeError, "__weakref__ slot disallowed: we already got one");
      spec.addWeak = true;
      continue;
    }
    const mangled = mangle(className, name);
    if (dictGetItemStr(ns, mangled) !== null && mangled !== "__qualname__" && mangled !== "__classcell__") {
      raise(ValueError, `'${name}' in __slots__ conflicts with class variable`);
    }
    spec.names.push(mangled);
  }
  spec.names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (spec.names.length > 0 && typeData(base).itemsize !== 0) {
    raise(TypeError, `nonempty __slots__ not supported for subtype of '${typeData(base).name}'`);
  }
  return spec;
}

/** The names __slots__ lists: a str alone, or any iterable of them. */
function slotItems(slots: PyObject): PyObject[] {
  if (slots.type === StrType) return [slots];
  // borrowed from the tuple, which the class namespace's __slots__ keeps alive meanwhile
  const t = sequenceTuple(slots);
  const items = [...tupleItems(t)];
  decref(t);
  return items;
}

/** type.__new__(meta, name, bases, ns): a new class. */
export function typeNew(meta: PyObject, name: PyObject, basesTuple: PyObject, ns: PyObject, kwnames: PyObject | null, kwargs: PyObject[]): PyObject {
  let bases = tupleItems(basesTuple);
  const winner = calculateMetaclass(meta, bases);
  if (winner !== meta && typeData(winner).new !== typeData(TypeType).new) {
    return typeData(winner).new!(winner, [name, basesTuple, ns, ...kwargs], kwnames);
  }
  meta = winner;
  const ownBases = bases.length === 0 ? null : basesTuple;
  if (bases.length === 0) bases = [ObjectType];
  const base = bestBase(bases);
  const className = name.v as string;
  if (className.includes("\0")) raise(ValueError, "type name must not contain null characters");
  const spec = readSlots(className, ns, base);
  const baseData = typeData(base);

  let flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_READY;
  flags |= baseData.flags & (0x7f000000 | -2147483648); // the *_SUBCLASS bits
  let basicsize = baseData.basicsize + 8 * spec.names.length;
  if (spec.addDict) flags |= TPFLAGS_MANAGED_DICT;
  else flags |= baseData.flags & TPFLAGS_MANAGED_DICT;
  if (spec.addWeak) flags |= TPFLAGS_MANAGED_WEAKREF;
  else flags |= baseData.flags & TPFLAGS_MANAGED_WEAKREF;

  const data = new TypeData(className, basicsize, baseData.itemsize, flags);
  const baseHeap = baseData.heap;
  data.heap = {
    name: incref(name),
    qualname: incref(name),
    cachedKeys: null,
    slotNames: spec.names,
    slotStart: baseHeap === null ? 0 : baseHeap.slotCount,
    slotCount: (baseHeap === null ? 0 : baseHeap.slotCount) + spec.names.length,
    staticBase: baseHeap === null ? base : baseHeap.staticBase,
    staticBaseFormat: null,
  };
  data.heap.staticBaseFormat = typeData(data.heap.staticBase).format;
  data.instanceDict = hasDict(base) && (baseData.flags & TPFLAGS_MANAGED_DICT) === 0;
  data.weakrefSlot = baseData.weakrefSlot;
  if (spec.names.length > 0 && !typeData(data.heap.staticBase).slotsInW) {
    data.heap.name = name; // released below
    decref(name);
    raise(TypeError, `pyarena: nonempty __slots__ in a subclass of '${typeData(data.heap.staticBase).name}' is not supported yet`);
  }
  const type = allocObject(meta, HEAP_TYPE_BYTES, data, null);
  data.base = incref(base);
  data.bases = ownBases !== null ? incref(ownBases) : newTuple([incref(ObjectType)]);
  data.dict = dictCopy(ns);
  try {
    fillNamespace(type, data, ns, spec);
    data.mro = computeMro(type, tupleItems(data.bases));
    data.mroTuple = newTuple(data.mro.map((t) => incref(t)));
    inheritFromBase(data, baseData);
    addDescriptors(type, data, spec);
    if (data.flags & TPFLAGS_MANAGED_DICT) data.heap.cachedKeys = new SharedKeys();
    setHashNone(data);
    fixupSlots(type);
  } catch (e) {
    gcTrack(type);
    decref(type);
    throw e;
  }
  gcTrack(type);
  for (const b of tupleItems(data.bases)) typeData(b).subclasses.push(type);
  try {
    setNames(type);
    initSubclass(type, kwnames, kwargs);
  } catch (e) {
    decref(type);
    throw e;
  }
  return type;
}

/** __module__, __qualname__, __classcell__, __doc__ and the implicit staticmethod/classmethod wrapping. */
function fillNamespace(type: PyObject, data: TypeData, ns: PyObject, spec: SlotsSpec): void {
  const dict = data.dict!;
  void spec;
  if (dictGetItemStr(dict, "__module__") === null) {
    const g = globalsName();
    if (g !== null) dictSetItem(dict, internStr("__module__"), g);
  }
  const module = dictGetItemStr(dict, "__module__");
  data.module = module !== null && module.type === StrType ? (module.v as string) : "builtins";
  const qualname = dictGetItemStr(dict, "__qualname__");
  if (qualname !== null) {
    if (qualname.type !== StrType) raise(TypeError, `type __qualname__ must be a str, not ${typeName(qualname)}`);
    const heap = data.heap!;
    const old = heap.qualname;
    heap.qualname = incref(qualname);
    decref(old);
    data.qualname = qualname.v as string;
    dictDelItem(dict, internStr("__qualname__"));
  }
  const cell = dictGetItemStr(dict, "__classcell__");
  if (cell !== null) {
    if (cell.type !== CellType) raise(TypeError, `__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    const old = cell.v as PyObject | null;
    cell.v = incref(type);
    xdecref(old);
    dictDelItem(dict, internStr("__classcell__"));
  }
  for (const [key, wrap] of [["__new__", StaticMethodType], ["__init_subclass__", ClassMethodType], ["__class_getitem__", ClassMethodType]] as const) {
    const f = dictGetItemStr(dict, key);
    if (f !== null && f.type === FunctionType) {
      const wrapped = call(wrap, [f]);
      dictSetItem(dict, internStr(key), wrapped);
      decref(wrapped);
    }
  }
}

let globalsName: () => PyObject | null = () => null;
/** Installed by the VM: the current frame's globals['__name__'] (borrowed), for __module__. */
export function setModuleNameHook(currentModuleName: () => PyObject | null): void {
  globalsName = currentModuleName;
}

function inheritFromBase(data: TypeData, base: TypeData): void {
  const target = data as unknown as Record<string, unknown>;
  const source = base as unknown as Record<string, unknown>;
  for (const key of INHERITED_SLOTS) target[key] = source[key];
  data.inplace = { ...base.inplace };
  data.baseDealloc = base.heap === null ? base.dealloc : base.baseDealloc;
  data.baseTraverse = base.heap === null ? base.traverse : base.baseTraverse;
  data.dealloc = subtypeDealloc;
  data.traverse = subtypeTraverse;
  data.clear = subtypeClear;
}

/** __dict__ / __weakref__ getsets and member descriptors, then __doc__ (PyType_Ready's order). */
function addDescriptors(type: PyObject, data: TypeData, spec: SlotsSpec): void {
  const dict = data.dict!;
  const heap = data.heap!;
  heap.slotNames.forEach((name, i) => {
    const m = newMemberDescr(type, name, heap.slotStart + i);
    dictSetItem(dict, internStr(name), m);
    decref(m);
  });
  if (spec.addDict) addGetSet(type, dict, "__dict__", { get: instanceDictGet, set: instanceDictSet });
  if (spec.addWeak) addGetSet(type, dict, "__weakref__", { get: (o) => incref(weakrefsOf(o)[0] ?? None) });
  if (dictGetItemStr(dict, "__doc__") === null) dictSetItem(dict, internStr("__doc__"), None);
}

function addGetSet(type: PyObject, dict: PyObject, name: string, def: { get: (o: PyObject) => PyObject; set?: (o: PyObject, v: PyObject | null) => void }): void {
  const d = newGetSetDescr(type, name, def);
  dictSetItem(dict, internStr(name), d);
  decref(d);
}

/** type_ready_set_hash / inherit_slots: defining __eq__ without __hash__ makes instances unhashable. */
function setHashNone(data: TypeData): void {
  const dict = data.dict!;
  if (dictGetItemStr(dict, "__eq__") !== null && dictGetItemStr(dict, "__hash__") === null) {
    dictSetItem(dict, internStr("__hash__"), None);
  }
}

/** fixup_slot_dispatchers / update_one_slot: each slot from what the MRO defines for its dunders. */
export function fixupSlots(type: PyObject): void {
  const data = typeData(type);
  const done = new Set<string>();
  for (const def of SLOTDEFS) {
    if (done.has(def.slot)) continue;
    done.add(def.slot);
    writeSlot(data, def.slot, slotValue(type, def.slot));
  }
  typeModified(type);
}

function slotValue(type: PyObject, slot: SlotDef["slot"]): unknown {
  const defs = SLOTDEFS.filter((d) => d.slot === slot);
  if (slot === "getattro") return getattroFor(type);
  if (slot === "setattro") return setattroFor(type);
  let generic: unknown = null;
  let specific: unknown = undefined;
  for (const def of defs) {
    const descr = typeLookup(type, internStr(def.name));
    if (descr === null) continue;
    if (descr === None && slot === "hash") {
      specific = specific === undefined ? hashNotImplemented : null;
      continue;
    }
    const owner = wrapperOwner(descr, def.name, slot);
    if (owner !== null) {
      const fn = readSlot(typeData(owner), slot);
      specific = specific === undefined || specific === fn ? fn : null;
    } else {
      generic = def.generic;
      specific = null;
    }
  }
  if (generic !== null) return generic;
  return specific ?? null;
}

/** When `descr` is the wrapper of a built-in slot (or `object.__new__`), the type that owns it. */
function wrapperOwner(descr: PyObject, name: string, slot: SlotDef["slot"]): PyObject | null {
  const v = descr.v as { owner?: PyObject; def?: SlotDef; self?: PyObject; name?: string } | null;
  if (v === null || typeof v !== "object") return null;
  // a built-in type's method for a slot name (list.__getitem__): its slot does the same work
  if (descr.type === MethodDescrType && v.owner !== undefined && typeData(v.owner).heap === null) {
    const fn = readSlot(typeData(v.owner), slot);
    if (fn !== null && fn !== undefined) return v.owner;
  }
  if (v.def !== undefined && v.owner !== undefined && staticSlotWrapper(v.owner, name) === descr) return v.owner;
  if (name === "__new__" && v.self !== undefined && v.name === "__new__" && staticSlotWrapper(v.self, "__new__") === descr) return v.self;
  return null;
}

let getattrHook: (type: PyObject) => unknown = () => genericGetAttr;
let setattrHook: (type: PyObject) => unknown = () => genericSetAttr;
/** The VM decides how __getattribute__/__getattr__/__setattr__ overrides are called. */
export function setAttrSlotHooks(get: typeof getattrHook, set: typeof setattrHook): void {
  getattrHook = get;
  setattrHook = set;
}
function getattroFor(type: PyObject): unknown {
  return getattrHook(type);
}
function setattroFor(type: PyObject): unknown {
  return setattrHook(type);
}

/** __set_name__ on every attribute that defines it. */
function setNames(type: PyObject): void {
  const items = dictItems(typeData(type).dict!).map(([k, v]) => [incref(k), incref(v)] as const);
  try {
    for (const [key, value] of items) {
      const setName = typeLookup(value.type, internStr("__set_name__"));
      if (setName === null) continue;
      const get = tp(setName).descrGet;
      const bound = get === null ? incref(setName) : get(setName, value, value.type);
      try {
        decref(call(bound, [type, key]));
      } finally {
        decref(bound);
      }
    }
  } finally {
    for (const [k, v] of items) {
      decref(k);
      decref(v);
    }
  }
}

/** init_subclass: super(type, type).__init_subclass__(**kwargs). */
function initSubclass(type: PyObject, kwnames: PyObject | null, kwargs: PyObject[]): void {
  const mro = typeData(type).mro;
  const name = internStr("__init_subclass__");
  for (let i = 1; i < mro.length; i++) {
    const dict = typeData(mro[i]!).dict;
    const f = dict === null ? null : dictGetItemStr(dict, name);
    if (f === null) continue;
    const get = tp(f).descrGet;
    const bound = get === null ? incref(f) : get(f, null, type);
    try {
      decref(call(bound, kwargs, kwnames));
    } finally {
      decref(bound);
    }
    return;
  }
  // object.__init_subclass__ takes no arguments
  if (kwargs.length > 0) raise(TypeError, `${typeData(type).name}.__init_subclass__() takes no keyword arguments`);
}

// ---- instances -------------------------------------------------------------------------------

/** object_new for a class: the block (basicsize + pre-header), the class reference, the values array. */
export function allocInstance(type: PyObject): PyObject {
  const data = typeData(type);
  const heap = data.heap!;
  const o = allocObject(type, data.basicsize + data.preHeaderSize, null, heap.slotCount > 0 ? new Array<PyObject | null>(heap.slotCount).fill(null) : null);
  if (heap.cachedKeys !== null) o.dict = newInstanceValues(heap.cachedKeys) as unknown as PyObject;
  gcTrack(o);
  return o;
}

function slotArray(o: PyObject): (PyObject | null)[] {
  return o.w as (PyObject | null)[];
}

/** subtype_dealloc: __del__, slots, dict or values, the base's dealloc, then the class reference. */
export function subtypeDealloc(o: PyObject): void {
  const type = o.type;
  const data = typeData(type);
  gcUntrack(o);
  if (callFinalizerFromDealloc(o)) return; // resurrected
  // weakref callbacks run after __del__, before the attributes go (subtype_dealloc)
  clearWeakrefs(o);
  if (!trashcanBegin(o)) return;
  clearInstance(o, data);
  // the base's dealloc gives the block back; for object-based layouts it is freeObject
  data.baseDealloc!(o);
  trashcanEnd();
  decref(type);
}

function clearInstance(o: PyObject, data: TypeData): void {
  const heap = data.heap!;
  if (heap.slotCount > 0) {
    // clear_slots: each class from the most derived one, its members in declaration order
    const slots = slotArray(o);
    for (let t: PyObject | null = o.type; t !== null && typeData(t).heap !== null; t = typeData(t).base) {
      const h = typeData(t).heap!;
      for (let i = h.slotStart; i < h.slotStart + h.slotNames.length; i++) {
        const v = slots[i];
        if (v != null) {
          slots[i] = null;
          decref(v);
        }
      }
    }
  }
  const dv = o.dict as unknown;
  if (dv instanceof InstanceValues) {
    o.dict = null;
    freeInstanceValues(dv);
  } else if (dv !== null && (data.flags & TPFLAGS_MANAGED_DICT) !== 0) {
    o.dict = null;
    decref(dv as PyObject);
  }
}

/** subtype_traverse: slots, dict or values, the class, then what the base traverses. */
export function subtypeTraverse(o: PyObject, visit: (child: PyObject) => void): void {
  const data = typeData(o.type);
  if (data.heap!.slotCount > 0) {
    const slots = slotArray(o);
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v != null) visit(v);
    }
  }
  const dv = o.dict as unknown;
  if (dv instanceof InstanceValues) {
    // _PyObject_VisitInstanceAttributes: by shared-key index
    const values = dv.values;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v != null) visit(v);
    }
  } else if (dv !== null && (data.flags & TPFLAGS_MANAGED_DICT) !== 0) {
    visit(dv as PyObject);
  }
  visit(o.type);
  const base = data.baseTraverse;
  if (base !== null) base(o, visit);
}

/** subtype_clear: drop slots and attributes (the cycle collector breaks cycles this way). */
export function subtypeClear(o: PyObject): void {
  const data = typeData(o.type);
  clearInstance(o, data);
  const baseClear = typeData(data.heap!.staticBase).clear;
  if (baseClear !== null) baseClear(o);
}

// ---- instance attributes (managed dict) --------------------------------------------------------------

/** The instance's values array, when it has one and no dict yet. */
export function instanceValues(o: PyObject): InstanceValues | null {
  const dv = o.dict as unknown;
  return dv instanceof InstanceValues ? dv : null;
}

/** An instance attribute from the values array or dict (borrowed), or null. */
export function instanceAttr(o: PyObject, name: PyObject): PyObject | null {
  const dv = o.dict as unknown;
  if (dv instanceof InstanceValues) return valuesGet(typeData(o.type).heap!.cachedKeys!, dv, name.v as string);
  return null;
}

/**
 * Store into the values array; false when the object has none (or the name did not
 * fit and the attributes moved into a dict, which then holds the store).
 */
export function storeInstanceAttr(o: PyObject, name: PyObject, value: PyObject | null): boolean {
  const dv = o.dict as unknown;
  if (!(dv instanceof InstanceValues)) return false;
  const keys = typeData(o.type).heap!.cachedKeys!;
  const r = valuesStore(keys, dv, name, value, name.type === StrType);
  if (r === "ok") return true;
  if (r === "missing") raiseAttributeError(o, name, `'${typeName(o)}' object has no attribute '${name.v as string}'`);
  o.dict = newSplitDict(keys, dv);
  return false;
}

/** A managed-dict object without values or dict gets a split dict on its first attribute. */
export function ensureManagedDict(o: PyObject): PyObject | null {
  const data = typeData(o.type);
  if ((data.flags & TPFLAGS_MANAGED_DICT) === 0) return null;
  const dv = o.dict as unknown;
  if (dv instanceof InstanceValues) {
    o.dict = newSplitDict(data.heap!.cachedKeys!, dv);
    return o.dict;
  }
  if (dv === null) {
    const keys = data.heap?.cachedKeys ?? null;
    o.dict = keys === null ? newDict() : newSplitDict(keys, new InstanceValues(keys.usableSize()));
  }
  return o.dict;
}

function instanceDictGet(o: PyObject): PyObject {
  const d = ensureManagedDict(o);
  if (d === null) raise(AttributeError, "This object has no __dict__");
  return incref(d);
}

function instanceDictSet(o: PyObject, value: PyObject | null): void {
  if (value === null) raise(TypeError, "cannot delete __dict__");
  if (!isDict(value)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
  const old = o.dict as unknown;
  o.dict = incref(value);
  if (old instanceof InstanceValues) freeInstanceValues(old);
  else if (old !== null) decref(old as PyObject);
}

// ---- member descriptors (__slots__) -----------------------------------------------------------------

interface MemberData {
  name: string;
  index: number;
  owner: PyObject;
}

function newMemberDescr(owner: PyObject, name: string, index: number): PyObject {
  const d = allocObject(MemberDescrType, 64, { name, index, owner: incref(owner) } as MemberData, null);
  gcTrack(d);
  return d;
}

const member = typeData(MemberDescrType);
member.dealloc = (d) => {
  gcUntrack(d);
  decref((d.v as MemberData).owner);
  freeObject(d);
};
member.traverse = (d, visit) => visit((d.v as MemberData).owner);
member.descrGet = (d, obj) => {
  if (obj === null) return incref(d);
  const m = d.v as MemberData;
  checkMemberSelf(m, obj);
  const v = slotArray(obj)[m.index] ?? null;
  if (v === null) raiseAttributeError(obj, internStr(m.name), `'${typeName(obj)}' object has no attribute '${m.name}'`);
  return incref(v);
};
member.descrSet = (d, obj, value) => {
  const m = d.v as MemberData;
  checkMemberSelf(m, obj);
  const slots = slotArray(obj);
  const old = slots[m.index] ?? null;
  // 3.12's member_set names only the attribute when deleting an empty slot
  if (value === null && old === null) raise(AttributeError, m.name);
  slots[m.index] = value === null ? null : incref(value);
  xdecref(old);
};
member.repr = (d) => {
  const m = d.v as MemberData;
  return newStr(`<member '${m.name}' of '${typeData(m.owner).name}' objects>`);
};

function checkMemberSelf(m: MemberData, obj: PyObject): void {
  if (!isSubtype(obj.type, m.owner)) {
    raise(TypeError, `descriptor '${m.name}' for '${typeData(m.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

// ---- the class object itself ------------------------------------------------------------------------

/** type_traverse (heap types only): dict, MRO, bases, base and the name strings. */
export function heapTypeTraverse(t: PyObject, visit: (child: PyObject) => void): void {
  const data = typeData(t);
  if (data.dict !== null) visit(data.dict);
  if (data.mroTuple !== null) visit(data.mroTuple);
  if (data.bases !== null) visit(data.bases);
  if (data.base !== null) visit(data.base);
  const heap = data.heap!;
  visit(heap.name);
  visit(heap.qualname);
  // a metaclass reference is visited by subtype_traverse (the class is its instance)
}

/** type_clear: empty the dict and drop the MRO, which breaks the class's own cycle. */
export function heapTypeClear(t: PyObject): void {
  const data = typeData(t);
  typeModified(t);
  if (data.dict !== null) dictClear(data.dict);
  const mro = data.mroTuple;
  data.mroTuple = null;
  data.mro = [t];
  xdecref(mro);
}

/** type_dealloc: release everything a class owns, then its block. */
export function heapTypeDealloc(t: PyObject): void {
  const data = typeData(t);
  gcUntrack(t);
  clearWeakrefs(t);
  // type_dealloc_common: leave the bases' subclass lists
  if (data.bases !== null) {
    for (const b of tupleItems(data.bases)) {
      const list = typeData(b).subclasses;
      const i = list.indexOf(t);
      if (i >= 0) list.splice(i, 1);
    }
  }
  xdecref(data.base);
  data.base = null;
  xdecref(data.dict);
  data.dict = null;
  xdecref(data.bases);
  data.bases = null;
  xdecref(data.mroTuple);
  data.mroTuple = null;
  const heap = data.heap!;
  decref(heap.name);
  decref(heap.qualname);
  heap.cachedKeys?.release();
  heap.cachedKeys = null;
  // a metaclass reference is dropped by subtype_dealloc, which calls this
  freeObject(t);
}

/** type.__sizeof__ of a class: the heap type object plus its cached keys. */
export function heapTypeSizeof(t: PyObject): number {
  const heap = typeData(t).heap;
  if (heap === null) return 416;
  return 920 + (heap.cachedKeys === null ? 0 : heap.cachedKeys.sizeofBytes);
}

