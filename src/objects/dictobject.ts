// dict (Objects/dictobject.c, CPython 3.12): the compact, insertion-ordered dict.
//
// A dict object is one 64-byte GC block (PyDictObject 48 + GC header 16). Its keys
// live in a separately allocated "keys table" of 2**k index slots (1/2/4/8-byte
// indices) followed by `usable = 2·2**k / 3` entries: 16-byte (key, value) entries
// while every key is an exact str ("unicode" table), 24-byte (hash, key, value)
// entries otherwise ("general"). The empty dict points at a static, immortal, shared
// empty table and owns no keys block. Tables grow, never shrink on delete, and
// `clear()` goes back to the shared empty table. Free lists: 80 dict objects and
// 80 8-slot unicode keys tables.
//
// Payload: `v` is the DictKeys table (the JS model of PyDictKeysObject), `w` is
// ma_used (the number of live items).
//
// Split dicts (an instance's `__dict__` sharing its class's keys, sharedkeys.ts) keep a
// private lookup table in JS, like a combined one, but their memory is CPython's: no
// keys block of their own, a values array instead (`DictKeys.split`), and a size of
// 48 + 8·(the shared table's usable size). Adding a name the shared table cannot take,
// a non-str key or popitem() turns the dict into a combined one (dictresize).
import { decref, incref, PyObject, PyRaise, xdecref } from "./object.js";
import { allocBuffer, allocObject, freeBuffer, freeObject, onRuntimeReset, rt } from "./runtime.js";
import { freeParkedObject } from "./runtime.js";
import { False, None, NotImplemented, True, pyBool } from "./singletons.js";
import {
  DictType, DictKeysType, DictValuesType, DictItemsType, DictKeyIterType, DictValueIterType, DictItemIterType,
  StrType, TupleType, SetType, FrozenSetType, ListType, IntType,
} from "./types.js";
import { CompareOp, isSubtype, makeStaticType, TPFLAGS_HAVE_GC, tp, typeData, typeName, type MethodDef } from "./typeobject.js";
import {
  AttributeError, KeyError, RuntimeError, TypeError, ValueError, excState, newException, raise, raiseObject,
} from "./exceptions.js";
import { gcTrack, gcUntrack, isTracked } from "./gcheader.js";
import { trashcanBegin, trashcanEnd } from "./trashcan.js";
import * as abs from "./abstract.js";
import { newTuple, tupleItems } from "./tupleobject.js";
import { internStr, newStr, strHash, hashSecret } from "./unicodeobject.js";
import { hashStr } from "./pyhash.js";
import { listAppend, listItems, newList } from "./listobject.js";
import { newInt } from "./longobject.js";
import { valuesBlockBytes, type InstanceValues, type SharedKeys } from "./sharedkeys.js";

// ---------------------------------------------------------------------------------
// Keys tables
// ---------------------------------------------------------------------------------

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
/** _Py_dict_lookup found the table changed under a comparison: restart. */
const DKIX_KEY_CHANGED = -3;

export const PyDict_LOG_MINSIZE = 3;
export const PyDict_MINSIZE = 8;
export const PyDict_MAXFREELIST = 80;
/** the biggest table dict_new_presized makes: 128 * 1024 slots */
const MAX_PRESIZE_LOG2 = 17;

export function usableFraction(n: number): number {
  return Math.floor((n << 1) / 3);
}

function bitLength(n: number): number {
  return n <= 0 ? 0 : 32 - Math.clz32(n);
}

/** calculate_log2_keysize(minsize): `bit_length(((minsize | 8) - 1) | 7)`. */
export function calculateLog2Keysize(minsize: number): number {
  if (minsize >= 2 ** 31) return Math.ceil(Math.log2(minsize));
  return bitLength(((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1));
}

/** estimate_log2_keysize(n): the table that holds n items without a resize. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** Bytes of a keys table (_PyDict_KeysSize): header, indices, entries. */
export function keysTableBytes(log2: number, unicode: boolean): number {
  const size = 2 ** log2;
  const width = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  return 32 + size * width + usableFraction(size) * (unicode ? 16 : 24);
}

export class DictKeys {
  log2: number;
  mask: number;
  /** index slots: DKIX_EMPTY, DKIX_DUMMY, or an entry index */
  indices: Int32Array;
  unicode: boolean;
  /** entry arrays (dk_entries): a deleted entry has key and value null */
  hashes: (number | bigint)[];
  keys: (PyObject | null)[];
  values: (PyObject | null)[];
  usable: number;
  nentries: number;
  /** the keys block in the heap (0: the static empty table) */
  addr: number;
  /** set while this is a split dict: the class's shared keys and the values block it owns */
  split: { shared: SharedKeys; valuesAddr: number } | null = null;

  constructor(log2: number, unicode: boolean, addr: number) {
    this.log2 = log2;
    this.mask = 2 ** log2 - 1;
    this.indices = new Int32Array(2 ** log2).fill(DKIX_EMPTY);
    this.unicode = unicode;
    this.hashes = [];
    this.keys = [];
    this.values = [];
    this.usable = usableFraction(2 ** log2);
    this.nentries = 0;
    this.addr = addr;
  }

  get size(): number {
    return this.mask + 1;
  }
}

/** Py_EMPTY_KEYS: the static immortal table of every empty dict (8 slots, usable 0). */
export const EMPTY_KEYS = new DictKeys(PyDict_LOG_MINSIZE, true, 0);
EMPTY_KEYS.usable = 0;

let keysFreeList: DictKeys[] = [];
let dictFreeList: PyObject[] = [];

/** How many dict objects wait on the free list (sys._debugmallocstats). */
export function dictFreeListCount(): number {
  return dictFreeList.length;
}
onRuntimeReset(() => {
  keysFreeList = [];
  dictFreeList = [];
});

/** new_keys_object: 8-slot unicode tables come from the keys free list. */
function newKeysObject(log2: number, unicode: boolean): DictKeys {
  if (log2 === PyDict_LOG_MINSIZE && unicode) {
    const k = keysFreeList.pop();
    if (k !== undefined) {
      k.indices.fill(DKIX_EMPTY);
      k.hashes = [];
      k.keys = [];
      k.values = [];
      k.usable = usableFraction(PyDict_MINSIZE);
      k.nentries = 0;
      return k;
    }
  }
  const addr = allocBuffer(keysTableBytes(log2, unicode));
  return new DictKeys(log2, unicode, addr);
}

/** Give a table's block back (or keep it on the keys free list); its entries were released or moved. */
function releaseKeysBlock(k: DictKeys): void {
  if (k === EMPTY_KEYS) return;
  if (k.split !== null) {
    // free_values: a split dict owns its values array, never the shared keys
    freeBuffer(k.split.valuesAddr);
    k.split = null;
    return;
  }
  if (k.log2 === PyDict_LOG_MINSIZE && k.unicode && keysFreeList.length < PyDict_MAXFREELIST) {
    k.keys = [];
    k.values = [];
    k.hashes = [];
    keysFreeList.push(k);
    return;
  }
  freeBuffer(k.addr);
  k.addr = 0;
}

/** free_keys_object: release every key and value (entry order, key then value), then the block. */
function freeKeysObject(k: DictKeys): void {
  if (k === EMPTY_KEYS) return;
  const keys = k.keys;
  const values = k.values;
  const n = k.nentries;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key != null) decref(key);
    const value = values[i];
    if (value != null) decref(value);
  }
  releaseKeysBlock(k);
}

/** Empty the dict and keys free lists (a generation-2 collection does). */
export function clearDictFreeLists(): void {
  for (const d of dictFreeList) freeParkedObject(d);
  dictFreeList = [];
  for (const k of keysFreeList) freeBuffer(k.addr);
  keysFreeList = [];
}

export function dictFreeListCounts(): { dicts: number; keys: number } {
  return { dicts: dictFreeList.length, keys: keysFreeList.length };
}

// ---------------------------------------------------------------------------------
// Hash probing (perturbation with the full unsigned 64-bit hash)
// ---------------------------------------------------------------------------------

/** Low and high 32-bit words of a hash as an unsigned 64-bit value. */
let pLo = 0;
let pHi = 0;
function setPerturb(h: number | bigint): void {
  if (typeof h === "number") {
    pLo = h >>> 0;
    pHi = Math.floor(h / 4294967296) >>> 0;
  } else {
    pLo = Number(BigInt.asUintN(32, h));
    pHi = Number(BigInt.asUintN(32, h >> 32n));
  }
}
/** perturb >>= 5; returns the next slot (i*5 + perturb + 1) & mask */
function nextSlot(i: number, mask: number): number {
  pLo = ((pLo >>> 5) | ((pHi & 31) << 27)) >>> 0;
  pHi = pHi >>> 5;
  return ((i * 5 + pLo + 1) >>> 0) & mask;
}

export { setPerturb as _setPerturb, nextSlot as _nextSlot };

function isExactStr(o: PyObject): boolean {
  return o.type === StrType;
}

/** The hash a table stores for `key` (str hashes are cached on the str). */
export function keyHash(key: PyObject): number | bigint {
  if (key.type === StrType) return abs.normHash(strHash(key));
  return abs.normHash(abs.hash(key));
}

function findEmptySlot(k: DictKeys, hash: number | bigint): number {
  const mask = k.mask;
  setPerturb(hash);
  let i = pLo & mask;
  while (k.indices[i]! >= 0) i = nextSlot(i, mask);
  return i;
}

/** lookdict_index: the slot holding entry `index`. */
function lookdictIndex(k: DictKeys, hash: number | bigint, index: number): number {
  const mask = k.mask;
  setPerturb(hash);
  let i = pLo & mask;
  for (;;) {
    const ix = k.indices[i]!;
    if (ix === index) return i;
    if (ix === DKIX_EMPTY) throw new Error("pyarena: dict entry not found in its table");
    i = nextSlot(i, mask);
  }
}

/** unicodekeys_lookup_unicode: a str key in a str-only table (identity, then hash and text). */
function lookupUnicodeStr(k: DictKeys, key: PyObject, hash: number | bigint): number {
  const mask = k.mask;
  if (typeof hash === "bigint" && key.weakrefs === hash) {
    // the str caches its hash's 32-bit halves (unicodeobject.ts strHash)
    pLo = key.gcRefs;
    pHi = key.gcFlags;
  } else {
    setPerturb(hash);
  }
  let i = pLo & mask;
  const text = key.v as string;
  for (;;) {
    const ix = k.indices[i]!;
    if (ix >= 0) {
      const ek = k.keys[ix]!;
      if (ek === key || (k.hashes[ix] === hash && (ek.v as string) === text)) return ix;
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    i = nextSlot(i, mask);
  }
}

/** The generic lookup (dictkeys_generic_lookup / unicodekeys_lookup_generic). */
function lookupGeneric(d: PyObject, k: DictKeys, key: PyObject, hash: number | bigint): number {
  const mask = k.mask;
  setPerturb(hash);
  let i = pLo & mask;
  for (;;) {
    const ix = k.indices[i]!;
    if (ix >= 0) {
      const ek = k.keys[ix]!;
      if (ek === key) return ix;
      if (k.hashes[ix] === hash) {
        // Exact ints compare by value without running any Python code (int_richcompare).
        if (ek.type === IntType && key.type === IntType) {
          if (ek.v === key.v) return ix;
          i = nextSlot(i, mask);
          continue;
        }
        // The comparison may run Python code: save the probe state around it.
        const saveLo = pLo;
        const saveHi = pHi;
        incref(ek);
        let cmp: boolean;
        try {
          cmp = abs.richCompareBool(ek, key, CompareOp.EQ);
        } finally {
          decref(ek);
        }
        if (d.v !== k || k.keys[ix] !== ek) return DKIX_KEY_CHANGED;
        if (cmp) return ix;
        pLo = saveLo;
        pHi = saveHi;
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    i = nextSlot(i, mask);
  }
}

/** _Py_dict_lookup: the entry index of `key`, or -1. */
function lookup(d: PyObject, key: PyObject, hash: number | bigint): number {
  for (;;) {
    const k = d.v as DictKeys;
    const ix = k.unicode && key.type === StrType ? lookupUnicodeStr(k, key, hash) : lookupGeneric(d, k, key, hash);
    if (ix !== DKIX_KEY_CHANGED) return ix;
  }
}

// ---------------------------------------------------------------------------------
// Dict objects
// ---------------------------------------------------------------------------------

export function isDict(o: PyObject): boolean {
  return o.type === DictType || isSubtype(o.type, DictType);
}

/** new_dict: a dict object (from the free list when possible) around `keys`. */
function newDictWithKeys(keys: DictKeys, used: number): PyObject {
  let d = dictFreeList.pop();
  if (d !== undefined) {
    d.rc = 1;
    d.v = keys;
    d.w = used;
    if (rt.registry !== null) rt.registry.add(d);
  } else {
    d = allocObject(DictType, 64, keys, used);
  }
  return d;
}

/**
 * make_dict_from_instance_attributes: a split dict adopting an instance's values
 * (their references and their block), in the instance's insertion order.
 */
export function newSplitDict(shared: SharedKeys, iv: InstanceValues): PyObject {
  const k = new DictKeys(6, true, 0);
  k.split = { shared, valuesAddr: iv.addr };
  iv.addr = 0;
  k.usable = 1 << 30; // the shared table's budget decides when it stops being split
  for (const ix of iv.order) {
    const key = incref(shared.names[ix]!);
    const hash = strHash(key);
    const slot = findEmptySlot(k, hash);
    k.indices[slot] = k.nentries++;
    k.hashes.push(hash);
    k.keys.push(key);
    k.values.push(iv.values[ix]!);
    iv.values[ix] = null;
  }
  const used = iv.order.length;
  iv.order.length = 0;
  const d = newDictWithKeys(k, used);
  for (let i = 0; i < used; i++) {
    if (mayBeTracked(k.values[i]!)) {
      gcTrack(d);
      break;
    }
  }
  return d;
}

/** PyDict_New: `{}` — untracked, pointing at the shared empty table. */
export function newDict(): PyObject {
  return newDictWithKeys(EMPTY_KEYS, 0);
}

/**
 * dict_new_presized: n ≤ 5 gives an empty dict; else a table for n items. BUILD_MAP
 * and BUILD_CONST_KEY_MAP should use dictFromItems / dictFromInterleaved, which pass
 * `unicode` when every key is an exact str (a general table is sized differently).
 */
export function newDictPresized(n: number, unicode = false): PyObject {
  if (n <= usableFraction(PyDict_MINSIZE)) return newDict();
  const log2 = Math.min(estimateLog2Keysize(n), MAX_PRESIZE_LOG2);
  const keys = newKeysObject(log2, unicode);
  return newDictWithKeys(keys, 0);
}

/** _PyDict_FromItems (BUILD_MAP / BUILD_CONST_KEY_MAP): borrowed keys and values. */
export function dictFromItems(keys: readonly PyObject[], values: readonly PyObject[]): PyObject {
  let unicode = true;
  for (const k of keys) {
    if (k.type !== StrType) {
      unicode = false;
      break;
    }
  }
  const d = newDictPresized(keys.length, unicode);
  try {
    for (let i = 0; i < keys.length; i++) dictSetItem(d, keys[i]!, values[i]!);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/**
 * BUILD_MAP n straight from the value stack: keys and values interleaved
 * (`stack[start], stack[start+1]` = key0, value0 ...), borrowed; a str-only key set
 * gets a unicode presized table, as _PyDict_FromItems(values, 2, values+1, 2, n).
 */
export function dictFromInterleaved(stack: readonly (PyObject | null)[], start: number, n: number): PyObject {
  let unicode = true;
  for (let i = 0; i < n; i++) {
    if (stack[start + 2 * i]!.type !== StrType) {
      unicode = false;
      break;
    }
  }
  const d = newDictPresized(n, unicode);
  try {
    for (let i = 0; i < n; i++) dictSetItem(d, stack[start + 2 * i]!, stack[start + 2 * i + 1]!);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

function mayBeTracked(o: PyObject): boolean {
  const t = tp(o);
  if (!t.isGC) return false;
  if (o.type === TupleType) return isTracked(o);
  return true;
}

/** _PyDict_MaybeUntrack's test: some key or value may be tracked. */
export function dictHoldsTrackable(d: PyObject): boolean {
  const k = d.v as DictKeys;
  if (k === null) return false;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.values[i];
    if (v == null) continue;
    if (mayBeTracked(v) || (!k.unicode && mayBeTracked(k.keys[i]!))) return true;
  }
  return false;
}

function maintainTracking(d: PyObject, key: PyObject, value: PyObject): void {
  if (!isTracked(d) && (mayBeTracked(key) || mayBeTracked(value))) gcTrack(d);
}

/** dictresize: rebuild into a 2**log2 table (combined), dropping deleted entries. */
function dictResize(d: PyObject, log2: number, unicode: boolean): void {
  const old = d.v as DictKeys;
  if (!old.unicode) unicode = false;
  const nk = newKeysObject(log2, unicode);
  const n = d.w as number;
  const mask = nk.mask;
  const indices = nk.indices;
  if (old.nentries === n) {
    nk.hashes = old.hashes.slice(0, n);
    nk.keys = old.keys.slice(0, n);
    nk.values = old.values.slice(0, n);
  } else {
    for (let i = 0; i < old.nentries; i++) {
      if (old.values[i] != null) {
        nk.hashes.push(old.hashes[i]!);
        nk.keys.push(old.keys[i]!);
        nk.values.push(old.values[i]!);
      }
    }
  }
  for (let ix = 0; ix < n; ix++) {
    setPerturb(nk.hashes[ix]!);
    let i = pLo & mask;
    while (indices[i] !== DKIX_EMPTY) i = nextSlot(i, mask);
    indices[i] = ix;
  }
  d.v = nk;
  releaseKeysBlock(old);
  nk.usable -= n;
  nk.nentries = n;
}

function insertionResize(d: PyObject, unicode: boolean): void {
  dictResize(d, calculateLog2Keysize((d.w as number) * 3), unicode);
}

/** insert_to_emptydict: the first key allocates an 8-slot table. Steals key and value. */
function insertToEmptyDict(d: PyObject, key: PyObject, hash: number | bigint, value: PyObject): void {
  let nk: DictKeys;
  try {
    nk = newKeysObject(PyDict_LOG_MINSIZE, key.type === StrType);
  } catch (e) {
    decref(key);
    decref(value);
    throw e;
  }
  d.v = nk;
  maintainTracking(d, key, value);
  setPerturb(hash);
  nk.indices[pLo & (PyDict_MINSIZE - 1)] = 0;
  nk.hashes.push(hash);
  nk.keys.push(key);
  nk.values.push(value);
  d.w = (d.w as number) + 1;
  nk.usable--;
  nk.nentries++;
}

/** Append a new entry for a key known to be absent (the table has room or is resized). */
function insertNew(d: PyObject, key: PyObject, hash: number | bigint, value: PyObject): void {
  let k = d.v as DictKeys;
  // A split dict adds the name to its class's shared keys, or becomes combined.
  if (k.split !== null && (key.type !== StrType || k.split.shared.insert(key) < 0)) k.usable = 0;
  if (k.usable <= 0) {
    insertionResize(d, true);
    k = d.v as DictKeys;
  }
  const slot = findEmptySlot(k, hash);
  k.indices[slot] = k.nentries;
  k.hashes[k.nentries] = hash;
  k.keys[k.nentries] = key;
  k.values[k.nentries] = value;
  d.w = (d.w as number) + 1;
  k.usable--;
  k.nentries++;
}

/** insertdict: steals one reference to key and to value. */
function insertDict(d: PyObject, key: PyObject, hash: number | bigint, value: PyObject): void {
  if (d.v === EMPTY_KEYS) {
    insertToEmptyDict(d, key, hash, value);
    return;
  }
  let ix: number;
  try {
    if ((d.v as DictKeys).unicode && key.type !== StrType) insertionResize(d, false);
    ix = lookup(d, key, hash);
  } catch (e) {
    decref(value);
    decref(key);
    throw e;
  }
  maintainTracking(d, key, value);
  if (ix === DKIX_EMPTY) {
    try {
      insertNew(d, key, hash, value);
    } catch (e) {
      decref(value);
      decref(key);
      throw e;
    }
    return;
  }
  const k = d.v as DictKeys;
  const old = k.values[ix]!;
  if (old !== value) k.values[ix] = value;
  decref(old);
  decref(key);
}

/** PyDict_SetItem: borrowed key and value (the dict takes its own references). */
export function dictSetItem(d: PyObject, key: PyObject, value: PyObject): void {
  const hash = keyHash(key);
  insertDict(d, incref(key), hash, incref(value));
}

/** _PyDict_SetItem_KnownHash */
export function dictSetItemKnownHash(d: PyObject, key: PyObject, hash: number | bigint, value: PyObject): void {
  insertDict(d, incref(key), abs.normHash(hash), incref(value));
}

/** PyDict_SetItemString: the key is interned. */
export function dictSetItemStr(d: PyObject, name: string, value: PyObject): void {
  dictSetItem(d, internStr(name), value);
}

/**
 * PyDict_GetItemWithError: the value (borrowed) or null. Errors raised by hashing
 * or comparing propagate (PyDict_GetItem would swallow them).
 */
export function dictGetItem(d: PyObject, key: PyObject): PyObject | null {
  const hash = keyHash(key);
  const ix = lookup(d, key, hash);
  if (ix < 0) return null;
  return (d.v as DictKeys).values[ix]!;
}

export function dictGetItemKnownHash(d: PyObject, key: PyObject, hash: number | bigint): PyObject | null {
  const ix = lookup(d, key, abs.normHash(hash));
  if (ix < 0) return null;
  return (d.v as DictKeys).values[ix]!;
}

/**
 * Look up a str key (borrowed result). With a JS string no str object is created:
 * the match is by text against str keys (a non-str key that claims equality with a
 * str through __eq__ is not found this way; pass a str object for that).
 */
export function dictGetItemStr(d: PyObject, name: PyObject | string): PyObject | null {
  if (typeof name !== "string") return dictGetItem(d, name);
  const k = d.v as DictKeys;
  if (k.nentries === 0) return null;
  const hash = abs.normHash(hashStr(name, hashSecret));
  const mask = k.mask;
  setPerturb(hash);
  let i = pLo & mask;
  for (;;) {
    const ix = k.indices[i]!;
    if (ix >= 0) {
      const ek = k.keys[ix]!;
      if (k.hashes[ix] === hash && (ek.type === StrType || isSubtype(ek.type, StrType)) && ek.v === name) return k.values[ix]!;
    } else if (ix === DKIX_EMPTY) {
      return null;
    }
    i = nextSlot(i, mask);
  }
}

export function dictContains(d: PyObject, key: PyObject): boolean {
  const hash = keyHash(key);
  return lookup(d, key, hash) >= 0;
}

/** _PyErr_SetKeyError: KeyError(key) (its str() is repr(key)). */
export function raiseKeyError(key: PyObject): never {
  raiseObject(newException(KeyError, newTuple([incref(key)])));
}

/** delitem_common: the entry becomes a dummy; the value then the key are released. */
function delItemAt(d: PyObject, hash: number | bigint, ix: number): void {
  const k = d.v as DictKeys;
  const slot = lookdictIndex(k, hash, ix);
  d.w = (d.w as number) - 1;
  k.indices[slot] = DKIX_DUMMY;
  const oldKey = k.keys[ix]!;
  const oldValue = k.values[ix]!;
  k.keys[ix] = null;
  k.values[ix] = null;
  decref(oldValue);
  decref(oldKey);
}

/** PyDict_DelItem: KeyError(key) when missing. */
export function dictDelItem(d: PyObject, key: PyObject): void {
  const hash = keyHash(key);
  const ix = lookup(d, key, hash);
  if (ix < 0) raiseKeyError(key);
  delItemAt(d, hash, ix);
}

export function dictLen(d: PyObject): number {
  return d.w as number;
}

/** PyDict_Clear: back to the shared empty table, then release the old entries. */
export function dictClear(d: PyObject): void {
  const old = d.v as DictKeys;
  if (old === EMPTY_KEYS) return;
  d.v = EMPTY_KEYS;
  d.w = 0;
  freeKeysObject(old);
}

/**
 * _PyDict_Next: the index of the first live entry at or after `pos`, or -1.
 * Read the entry with dictKeyAt / dictValueAt (borrowed), continue from index + 1.
 */
export function dictNext(d: PyObject, pos: number): number {
  const k = d.v as DictKeys;
  const n = k.nentries;
  const values = k.values;
  while (pos < n && values[pos] == null) pos++;
  return pos < n ? pos : -1;
}

export function dictKeyAt(d: PyObject, i: number): PyObject {
  return (d.v as DictKeys).keys[i]!;
}

export function dictValueAt(d: PyObject, i: number): PyObject {
  return (d.v as DictKeys).values[i]!;
}

export function dictHashAt(d: PyObject, i: number): number | bigint {
  return (d.v as DictKeys).hashes[i]!;
}

/** A snapshot of the live items in order (borrowed references). */
export function dictItems(d: PyObject): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  const k = d.v as DictKeys;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.values[i];
    if (v != null) out.push([k.keys[i]!, v]);
  }
  return out;
}

/** PyDict_Keys / Values / Items as new lists. */
export function dictKeysList(d: PyObject): PyObject {
  const k = d.v as DictKeys;
  const items: PyObject[] = [];
  for (let i = 0; i < k.nentries; i++) if (k.values[i] != null) items.push(incref(k.keys[i]!));
  return newList(items);
}

export function dictValuesList(d: PyObject): PyObject {
  const k = d.v as DictKeys;
  const items: PyObject[] = [];
  for (let i = 0; i < k.nentries; i++) {
    const v = k.values[i];
    if (v != null) items.push(incref(v));
  }
  return newList(items);
}

export function dictItemsList(d: PyObject): PyObject {
  const k = d.v as DictKeys;
  const n = d.w as number;
  // PyDict_Items: the list first, then its n 2-tuples, then the items are filled in
  const l = newList(new Array<PyObject>(n).fill(None));
  const items = listItems(l);
  for (let i = 0; i < n; i++) items[i] = newTuple([None, None]);
  let j = 0;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.values[i];
    if (v != null) {
      const t = tupleItems(items[j++]!);
      t[0] = incref(k.keys[i]!);
      t[1] = incref(v);
    }
  }
  return l;
}

/** Information about the keys table, for tests and inspection. */
export function dictTableInfo(d: PyObject): { slots: number; usable: number; nentries: number; unicode: boolean; addr: number; bytes: number; empty: boolean } {
  const k = d.v as DictKeys;
  return {
    slots: k.size, usable: k.usable, nentries: k.nentries, unicode: k.unicode, addr: k.addr,
    bytes: k === EMPTY_KEYS ? 0 : keysTableBytes(k.log2, k.unicode), empty: k === EMPTY_KEYS,
  };
}

/** clone_combined_dict_keys: a byte-for-byte copy of the table (dummies included). */
function cloneKeys(k: DictKeys): DictKeys {
  const split = k.split;
  const addr = split === null ? allocBuffer(keysTableBytes(k.log2, k.unicode)) : 0;
  const nk = new DictKeys(k.log2, k.unicode, addr);
  // a split dict's copy shares the keys and gets its own values array
  if (split !== null) nk.split = { shared: split.shared, valuesAddr: allocBuffer(valuesBlockBytes(split.shared.usableSize())) };
  nk.indices.set(k.indices);
  nk.hashes = k.hashes.slice();
  nk.keys = k.keys.slice();
  nk.values = k.values.slice();
  nk.usable = k.usable;
  nk.nentries = k.nentries;
  for (let i = 0; i < nk.nentries; i++) {
    const v = nk.values[i];
    if (v != null) {
      incref(nk.keys[i]!);
      incref(v);
    }
  }
  return nk;
}

/** PyDict_Copy */
export function dictCopy(d: PyObject): PyObject {
  const used = d.w as number;
  if (used === 0) return newDict();
  const k = d.v as DictKeys;
  if (tp(d).iter === dictIter && used >= Math.floor((k.nentries * 2) / 3)) {
    const keys = cloneKeys(k);
    const copy = newDictWithKeys(keys, used);
    if (isTracked(d)) gcTrack(copy);
    return copy;
  }
  const copy = newDict();
  try {
    dictMergeEx(copy, d, 1);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/** Set when a duplicate key is found with override 2 (so callers can tell it from other KeyErrors). */
let duplicateKeyRaised: PyObject | null = null;

/**
 * dict_merge(a, b, override): override 0 keeps a's values, 1 replaces them, 2 raises
 * KeyError(key) on a duplicate (keyword arguments; see dictMergeKwargs).
 */
export function dictMergeEx(a: PyObject, b: PyObject, override: 0 | 1 | 2): void {
  if (isDict(b) && tp(b).iter === dictIter) {
    if (a === b || (b.w as number) === 0) return;
    let ov = override;
    if ((a.w as number) === 0) {
      ov = 1;
      const ok = b.v as DictKeys;
      if ((b.w as number) === ok.nentries && (ok.log2 === PyDict_LOG_MINSIZE || usableFraction(ok.size >> 1) < (b.w as number))) {
        const keys = cloneKeys(ok);
        const old = a.v as DictKeys;
        a.v = keys;
        a.w = b.w;
        if (old !== EMPTY_KEYS) freeKeysObject(old);
        if (isTracked(b) && !isTracked(a)) gcTrack(a);
        return;
      }
    }
    const ak = a.v as DictKeys;
    if (ak.usable * 3 < (b.w as number) * 2) {
      dictResize(a, estimateLog2Keysize((a.w as number) + (b.w as number)), (b.v as DictKeys).unicode);
    }
    const origSize = (b.v as DictKeys).nentries;
    for (let pos = dictNext(b, 0); pos >= 0; pos = dictNext(b, pos + 1)) {
      const bk = b.v as DictKeys;
      const key = incref(bk.keys[pos]!);
      const value = incref(bk.values[pos]!);
      const hash = bk.hashes[pos]!;
      try {
        if (ov === 1) {
          insertDict(a, incref(key), hash, incref(value));
        } else if (lookup(a, key, hash) < 0) {
          insertDict(a, incref(key), hash, incref(value));
        } else if (ov === 2) {
          duplicateKeyRaised = key;
          raiseKeyError(key);
        }
      } finally {
        decref(value);
        decref(key);
      }
      if (origSize !== (b.v as DictKeys).nentries) raise(RuntimeError, "dict mutated during update");
    }
    return;
  }
  // A general mapping: iterate over b.keys() and look each value up.
  const keys = mappingKeys(b);
  let it: PyObject;
  try {
    it = abs.getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
      try {
        if (override !== 1 && dictContains(a, key)) {
          if (override === 0) continue;
          duplicateKeyRaised = key;
          raiseKeyError(key);
        }
        const value = abs.getItem(b, key);
        try {
          dictSetItem(a, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** PyMapping_Keys: a dict's keys as a list, else the result of b.keys() as a list. */
function mappingKeys(b: PyObject): PyObject {
  if (b.type === DictType) return dictKeysList(b);
  const method = abs.getAttr(b, internStr("keys"));
  let r: PyObject;
  try {
    r = abs.call(method, []);
  } finally {
    decref(method);
  }
  if (r.type === ListType) return r;
  try {
    const l = newList([]);
    try {
      listExtendIter(l, r);
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  } finally {
    decref(r);
  }
}

function listExtendIter(l: PyObject, iterable: PyObject): void {
  const it = abs.getIter(iterable);
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) listAppend(l, x);
  } finally {
    decref(it);
  }
}

/** _PyObject_LookupAttr: the attribute or null when missing (AttributeError swallowed). */
function lookupAttr(o: PyObject, name: string): PyObject | null {
  const slot = tp(o).getattro;
  if (slot === null) return null;
  try {
    return slot(o, internStr(name));
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** PyDict_Update (DICT_UPDATE, `{**a}`): a mapping is required. */
export function dictUpdate(d: PyObject, other: PyObject): void {
  try {
    dictMergeEx(d, other, 1);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, AttributeError)) {
      decref(e.exc);
      raise(TypeError, `'${typeName(other)}' object is not a mapping`);
    }
    throw e;
  }
}

/** How the VM names a callable in argument errors (_PyObject_FunctionStr); the VM may replace it. */
export let functionStr: (func: PyObject) => string = (func) => {
  const q = lookupAttr(func, "__qualname__");
  if (q === null) return abs.strText(func);
  try {
    return `${abs.strText(q)}()`;
  } finally {
    decref(q);
  }
};
export function setFunctionStr(fn: (func: PyObject) => string): void {
  functionStr = fn;
}

/**
 * DICT_MERGE (`f(**kw)`): merge with duplicate detection; errors become
 * "f() got multiple values for keyword argument 'x'" and
 * "f() argument after ** must be a mapping, not T".
 */
export function dictMerge(d: PyObject, other: PyObject, func: PyObject | null = null): void {
  duplicateKeyRaised = null;
  try {
    dictMergeEx(d, other, 2);
  } catch (e) {
    if (!(e instanceof PyRaise) || func === null) throw e;
    if (isSubtype(e.exc.type, AttributeError)) {
      decref(e.exc);
      raise(TypeError, `${functionStr(func)} argument after ** must be a mapping, not ${typeName(other)}`);
    }
    if (e.exc.type === KeyError && duplicateKeyRaised !== null) {
      const args = tupleItems(excState(e.exc).args);
      const key = args[0];
      if (args.length === 1 && key !== undefined) {
        const name = key.type === StrType || isSubtype(key.type, StrType) ? (key.v as string) : abs.strText(key);
        decref(e.exc);
        raise(TypeError, `${functionStr(func)} got multiple values for keyword argument '${name}'`);
      }
    }
    throw e;
  } finally {
    duplicateKeyRaised = null;
  }
}

/** True when the last KeyError from dictMergeEx(…, 2) was a duplicate key. */
export function isDuplicateKeyError(exc: PyObject): boolean {
  return exc.type === KeyError && duplicateKeyRaised !== null;
}

/** PyDict_MergeFromSeq2: an iterable of 2-item iterables. */
export function dictMergeFromSeq2(d: PyObject, seq2: PyObject, override: boolean): void {
  const it = abs.getIter(seq2);
  try {
    let i = 0;
    for (let item = abs.iterNext(it); item !== null; item = abs.iterNext(it), i++) {
      try {
        let fast: PyObject[];
        let owned: PyObject | null = null;
        if (item.type === ListType || item.type === TupleType) {
          fast = item.type === ListType ? listItems(item) : tupleItems(item);
        } else {
          try {
            owned = sequenceToList(item);
          } catch (e) {
            if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError)) {
              decref(e.exc);
              raise(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
            }
            throw e;
          }
          fast = listItems(owned);
        }
        try {
          if (fast.length !== 2) {
            raise(ValueError, `dictionary update sequence element #${i} has length ${fast.length}; 2 is required`);
          }
          const key = incref(fast[0]!);
          const value = incref(fast[1]!);
          try {
            if (override) dictSetItem(d, key, value);
            else dictSetDefault(d, key, value, false);
          } finally {
            decref(key);
            decref(value);
          }
        } finally {
          xdecref(owned);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

function sequenceToList(o: PyObject): PyObject {
  const l = newList([]);
  try {
    listExtendIter(l, o);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** dict_update_arg: dict.update(arg) / dict(arg) — a mapping (has keys) or pairs. */
export function dictUpdateArg(d: PyObject, arg: PyObject): void {
  if (arg.type === DictType) {
    dictMergeEx(d, arg, 1);
    return;
  }
  const keys = lookupAttr(arg, "keys");
  if (keys !== null) {
    decref(keys);
    dictMergeEx(d, arg, 1);
    return;
  }
  dictMergeFromSeq2(d, arg, true);
}

/**
 * PyDict_SetDefault: the value for key, inserting `dflt` when missing. Returns a
 * borrowed reference (or a new one with `newRef`).
 */
export function dictSetDefault(d: PyObject, key: PyObject, dflt: PyObject, newRef = true): PyObject {
  const hash = keyHash(key);
  if (d.v === EMPTY_KEYS) {
    insertToEmptyDict(d, incref(key), hash, incref(dflt));
    return newRef ? incref(dflt) : dflt;
  }
  if ((d.v as DictKeys).unicode && key.type !== StrType) insertionResize(d, false);
  const ix = lookup(d, key, hash);
  if (ix === DKIX_EMPTY) {
    incref(key);
    incref(dflt);
    maintainTracking(d, key, dflt);
    try {
      insertNew(d, key, hash, dflt);
    } catch (e) {
      decref(dflt);
      decref(key);
      throw e;
    }
    return newRef ? incref(dflt) : dflt;
  }
  const v = (d.v as DictKeys).values[ix]!;
  return newRef ? incref(v) : v;
}

/** _PyDict_Pop: the removed value (a new reference), dflt (new reference) or KeyError. */
export function dictPop(d: PyObject, key: PyObject, dflt: PyObject | null): PyObject {
  if ((d.w as number) === 0) {
    if (dflt !== null) return incref(dflt);
    raiseKeyError(key);
  }
  const hash = keyHash(key);
  const ix = lookup(d, key, hash);
  if (ix < 0) {
    if (dflt !== null) return incref(dflt);
    raiseKeyError(key);
  }
  const k = d.v as DictKeys;
  const value = k.values[ix]!;
  const oldKey = k.keys[ix]!;
  const slot = lookdictIndex(k, hash, ix);
  k.indices[slot] = DKIX_DUMMY;
  k.keys[ix] = null;
  k.values[ix] = null;
  d.w = (d.w as number) - 1;
  decref(oldKey);
  return value;
}

/** dict.popitem(): the last item as a 2-tuple (LIFO). */
export function dictPopItem(d: PyObject): PyObject {
  if ((d.w as number) === 0) raise(KeyError, "popitem(): dictionary is empty");
  const res = newTuple([incref(None), incref(None)]);
  if ((d.v as DictKeys).split !== null) dictResize(d, (d.v as DictKeys).log2, true);
  const k = d.v as DictKeys;
  let i = k.nentries - 1;
  while (i >= 0 && k.values[i] == null) i--;
  const key = k.keys[i]!;
  const value = k.values[i]!;
  const hash = k.hashes[i]!;
  k.keys[i] = null;
  k.values[i] = null;
  const slot = lookdictIndex(k, hash, i);
  k.indices[slot] = DKIX_DUMMY;
  const items = tupleItems(res);
  items[0] = key;
  items[1] = value;
  k.nentries = i;
  k.keys.length = i;
  k.values.length = i;
  k.hashes.length = i;
  d.w = (d.w as number) - 1;
  return res;
}

// ---------------------------------------------------------------------------------
// Type slots
// ---------------------------------------------------------------------------------

function dictDealloc(d: PyObject): void {
  gcUntrack(d);
  if (!trashcanBegin(d)) return;
  const k = d.v as DictKeys;
  d.v = null;
  if (k !== null && k !== EMPTY_KEYS) freeKeysObject(k);
  xdecref(d.dict);
  d.dict = null;
  if (d.type === DictType && dictFreeList.length < PyDict_MAXFREELIST) {
    dictFreeList.push(d);
    if (rt.registry !== null) rt.registry.delete(d);
  } else {
    freeObject(d);
  }
  trashcanEnd();
}

function dictTraverse(d: PyObject, visit: (o: PyObject) => void): void {
  const k = d.v as DictKeys;
  if (k === null) return;
  if (k.unicode) {
    for (let i = 0; i < k.nentries; i++) {
      const v = k.values[i];
      if (v != null) visit(v);
    }
  } else {
    for (let i = 0; i < k.nentries; i++) {
      const v = k.values[i];
      if (v != null) {
        visit(v);
        visit(k.keys[i]!);
      }
    }
  }
}

function dictRepr(d: PyObject): PyObject {
  if (!abs.reprEnter(d)) return newStr("{...}");
  try {
    if ((d.w as number) === 0) return newStr("{}");
    const parts: string[] = [];
    for (let i = 0; ; i++) {
      const k = d.v as DictKeys;
      if (i >= k.nentries) break;
      const value = k.values[i];
      if (value == null) continue;
      const key = incref(k.keys[i]!);
      incref(value);
      try {
        const ks = abs.reprText(key);
        const vs = abs.reprText(value);
        parts.push(`${ks}: ${vs}`);
      } finally {
        decref(key);
        decref(value);
      }
    }
    return newStr(`{${parts.join(", ")}}`);
  } finally {
    abs.reprLeave(d);
  }
}

/** dict_equal */
function dictEqual(a: PyObject, b: PyObject): boolean {
  if ((a.w as number) !== (b.w as number)) return false;
  for (let i = 0; ; i++) {
    const ak = a.v as DictKeys;
    if (i >= ak.nentries) break;
    const aval = ak.values[i];
    if (aval == null) continue;
    const key = incref(ak.keys[i]!);
    incref(aval);
    try {
      const ix = lookup(b, key, ak.hashes[i]!);
      if (ix < 0) return false;
      const bval = incref((b.v as DictKeys).values[ix]!);
      try {
        if (!abs.richCompareBool(aval, bval, CompareOp.EQ)) return false;
      } finally {
        decref(bval);
      }
    } finally {
      decref(key);
      decref(aval);
    }
  }
  return true;
}

function dictRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isDict(a) || !isDict(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return incref(NotImplemented);
  const eq = dictEqual(a, b);
  return pyBool(op === CompareOp.EQ ? eq : !eq);
}

/** __missing__ support for dict subclasses: installed by the class machinery. */
export let dictMissingHook: ((d: PyObject, key: PyObject) => PyObject | null) | null = null;
export function setDictMissingHook(fn: ((d: PyObject, key: PyObject) => PyObject | null) | null): void {
  dictMissingHook = fn;
}

/** dict_subscript: d[key] (new reference). */
export function dictSubscript(d: PyObject, key: PyObject): PyObject {
  const hash = keyHash(key);
  const ix = lookup(d, key, hash);
  if (ix < 0) {
    if (d.type !== DictType && dictMissingHook !== null) {
      const r = dictMissingHook(d, key);
      if (r !== null) return r;
    }
    raiseKeyError(key);
  }
  return incref((d.v as DictKeys).values[ix]!);
}

function dictAssSubscript(d: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) dictDelItem(d, key);
  else dictSetItem(d, key, value);
}

function dictSizeof(d: PyObject): number {
  const k = d.v as DictKeys;
  // _PyDict_SizeOf: a split dict counts its values (as many as the shared keys could hold now).
  if (k.split !== null) return 48 + 8 * k.split.shared.usableSize();
  return 48 + (k === EMPTY_KEYS ? 0 : keysTableBytes(k.log2, k.unicode));
}

function dictIter(d: PyObject): PyObject {
  return newDictIter(d, DictKeyIterType, false);
}

function dictOr(a: PyObject, b: PyObject): PyObject {
  if (!isDict(a) || !isDict(b)) return incref(NotImplemented);
  const copy = dictCopy(a);
  try {
    dictUpdateArg(copy, b);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

function dictIor(a: PyObject, b: PyObject): PyObject {
  dictUpdateArg(a, b);
  return incref(a);
}

/** dict.__new__: tp_alloc (not the free list); an exact dict starts untracked. */
function dictNew(type: PyObject, _args: PyObject[], _kwnames: PyObject | null): PyObject {
  const data = typeData(type);
  const d = allocObject(type, data.basicsize + data.preHeaderSize, EMPTY_KEYS, 0);
  if (type !== DictType) gcTrack(d);
  return d;
}

function updateCommon(d: PyObject, args: PyObject[], nargs: number, kwnames: readonly PyObject[] | null, methname: string): void {
  if (nargs > 1) raise(TypeError, `${methname} expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) dictUpdateArg(d, args[0]!);
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) dictSetItem(d, kwnames[i]!, args[nargs + i]!);
  }
}

function dictInit(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const names = kwnames === null ? null : tupleItems(kwnames);
  updateCommon(self, args, args.length - (names?.length ?? 0), names, "dict");
}

/** dict(...) as vectorcall (dict_vectorcall): new + update. */
export function dictCall(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const names = kwnames === null ? null : tupleItems(kwnames);
  const nargs = args.length - (names?.length ?? 0);
  if (nargs > 1) raise(TypeError, `dict expected at most 1 argument, got ${nargs}`);
  const d = dictNew(type, [], null);
  try {
    updateCommon(d, args, nargs, names, "dict");
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

function kwnamesToStrs(kwnames: string[] | null): PyObject[] | null {
  return kwnames === null ? null : kwnames.map((n) => internStr(n));
}

function checkArgs(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) raise(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) raise(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

const dictMethods: Record<string, MethodDef> = {
  __getitem__: { kind: "o", fn: dictSubscript },
  __contains__: { kind: "o", fn: (d, key) => pyBool(dictContains(d, key)) },
  __sizeof__: { kind: "noargs", fn: (d) => newIntLocal(dictSizeof(d)) },
  __reversed__: { kind: "noargs", fn: (d) => newDictIter(d, DictRevKeyIterType, true) },
  get: {
    kind: "fast",
    fn: (d, args) => {
      checkArgs("get", args, 1, 2);
      const v = dictGetItem(d, args[0]!);
      return incref(v ?? args[1] ?? None);
    },
  },
  setdefault: {
    kind: "fast",
    fn: (d, args) => {
      checkArgs("setdefault", args, 1, 2);
      return dictSetDefault(d, args[0]!, args[1] ?? None, true);
    },
  },
  pop: {
    kind: "fast",
    fn: (d, args) => {
      checkArgs("pop", args, 1, 2);
      return dictPop(d, args[0]!, args[1] ?? null);
    },
  },
  popitem: { kind: "noargs", fn: dictPopItem },
  keys: { kind: "noargs", fn: (d) => newDictView(d, DictKeysType) },
  items: { kind: "noargs", fn: (d) => newDictView(d, DictItemsType) },
  values: { kind: "noargs", fn: (d) => newDictView(d, DictValuesType) },
  update: {
    kind: "fastkw",
    varargs: true, // METH_VARARGS | METH_KEYWORDS in 3.12
    fn: (d, args, kwnames) => {
      const names = kwnamesToStrs(kwnames);
      updateCommon(d, args, args.length - (names?.length ?? 0), names, "update");
      return incref(None);
    },
  },
  clear: { kind: "noargs", fn: (d) => (dictClear(d), incref(None)) },
  copy: { kind: "noargs", fn: dictCopy },
};

/** dict.fromkeys(iterable, value=None) (a classmethod: `self` is the class). */
export function dictFromKeys(cls: PyObject, iterable: PyObject, value: PyObject): PyObject {
  const d = cls === DictType ? dictCall(DictType, [], null) : abs.call(cls, []);
  try {
    if (d.type === DictType && (d.w as number) === 0) {
      if (iterable.type === DictType) {
        dictResize(d, estimateLog2Keysize(iterable.w as number), (iterable.v as DictKeys).unicode);
        for (let pos = dictNext(iterable, 0); pos >= 0; pos = dictNext(iterable, pos + 1)) {
          const ik = iterable.v as DictKeys;
          insertDict(d, incref(ik.keys[pos]!), ik.hashes[pos]!, incref(value));
        }
        return d;
      }
      if ((iterable.type === SetType || iterable.type === FrozenSetType) && setEntriesHook !== null) {
        dictResize(d, estimateLog2Keysize(abs.length(iterable)), false);
        for (const [key, hash] of setEntriesHook(iterable)) insertDict(d, incref(key), hash, incref(value));
        return d;
      }
    }
    const it = abs.getIter(iterable);
    try {
      for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
        try {
          if (d.type === DictType) dictSetItem(d, key, value);
          else abs.setItem(d, key, value);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

/** setobject.ts registers how to read a set's entries (key, hash) in table order. */
let setEntriesHook: ((s: PyObject) => [PyObject, number | bigint][]) | null = null;
export function setSetEntriesHook(fn: (s: PyObject) => [PyObject, number | bigint][]): void {
  setEntriesHook = fn;
}

const newIntLocal = newInt;

const data = typeData(DictType);
data.dealloc = dictDealloc;
data.traverse = dictTraverse;
data.clear = dictClear;
data.repr = dictRepr;
data.richcompare = dictRichCompare;
data.hash = (o) => raise(TypeError, `unhashable type: '${typeName(o)}'`);
data.getitem = dictSubscript;
data.setitem = dictAssSubscript;
data.contains = dictContains;
data.length = dictLen;
data.iter = dictIter;
data.sizeof = dictSizeof;
data.new = dictNew;
data.init = dictInit;
data.or = dictOr;
data.inplace["or"] = dictIor;
Object.assign(data.methodDefs, dictMethods);
data.classMethodDefs["fromkeys"] = {
  kind: "fast",
  fn: (cls, args) => {
    checkArgs("fromkeys", args, 1, 2);
    return dictFromKeys(cls, args[0]!, args[1] ?? None);
  },
};

// ---------------------------------------------------------------------------------
// Views: dict_keys, dict_values, dict_items (24 + 16 GC bytes; `v` the dict)
// ---------------------------------------------------------------------------------

/** _PyDictView_New */
export function newDictView(d: PyObject, type: PyObject): PyObject {
  const view = allocObject(type, 40, incref(d), null);
  gcTrack(view);
  return view;
}

export function isDictView(o: PyObject): boolean {
  return o.type === DictKeysType || o.type === DictItemsType;
}

function viewDealloc(v: PyObject): void {
  gcUntrack(v);
  xdecref(v.v as PyObject | null);
  v.v = null;
  freeObject(v);
}

function viewLen(v: PyObject): number {
  return (v.v as PyObject).w as number;
}

function viewRepr(v: PyObject): PyObject {
  if (!abs.reprEnter(v)) return newStr("...");
  try {
    const seq = sequenceToList(v);
    try {
      return newStr(`${typeName(v)}(${abs.reprText(seq)})`);
    } finally {
      decref(seq);
    }
  } finally {
    abs.reprLeave(v);
  }
}

/** dictitems_contains */
function itemsContains(v: PyObject, obj: PyObject): boolean {
  if (!(obj.type === TupleType || isSubtype(obj.type, TupleType)) || tupleItems(obj).length !== 2) return false;
  const [key, value] = tupleItems(obj) as [PyObject, PyObject];
  const found = dictGetItem(v.v as PyObject, key);
  if (found === null) return false;
  incref(found);
  try {
    return abs.richCompareBool(found, value, CompareOp.EQ);
  } finally {
    decref(found);
  }
}

export function viewContains(v: PyObject, obj: PyObject): boolean {
  if (v.type === DictKeysType) return dictContains(v.v as PyObject, obj);
  if (v.type === DictItemsType) return itemsContains(v, obj);
  return abs.contains(v, obj);
}

function isAnySet(o: PyObject): boolean {
  return o.type === SetType || o.type === FrozenSetType || isSubtype(o.type, SetType) || isSubtype(o.type, FrozenSetType);
}

/** all_contained_in(self, other): every item of self is in other. */
function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = abs.getIter(self);
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      let ok: boolean;
      try {
        ok = isDictView(other) ? viewContains(other, x) : abs.contains(other, x);
      } finally {
        decref(x);
      }
      if (!ok) return false;
    }
    return true;
  } finally {
    decref(it);
  }
}

function viewRichCompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (!isAnySet(other) && !isDictView(other)) return incref(NotImplemented);
  const lenSelf = viewLen(self);
  const lenOther = abs.length(other);
  let ok = false;
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE:
      if (lenSelf === lenOther) ok = allContainedIn(self, other);
      if (op === CompareOp.NE) ok = !ok;
      break;
    case CompareOp.LT:
      if (lenSelf < lenOther) ok = allContainedIn(self, other);
      break;
    case CompareOp.LE:
      if (lenSelf <= lenOther) ok = allContainedIn(self, other);
      break;
    case CompareOp.GT:
      if (lenSelf > lenOther) ok = allContainedIn(other, self);
      break;
    case CompareOp.GE:
      if (lenSelf >= lenOther) ok = allContainedIn(other, self);
      break;
  }
  return pyBool(ok);
}

/** dictviews_isdisjoint */
function viewIsDisjoint(self: PyObject, other: PyObject): PyObject {
  if (self === other) return pyBool(viewLen(self) === 0);
  let container = self;
  let iterable = other;
  if (isAnySet(other) || isDictView(other)) {
    const lenOther = abs.length(other);
    if (lenOther > viewLen(self)) {
      container = other;
      iterable = self;
    }
  }
  const it = abs.getIter(iterable);
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      let found: boolean;
      try {
        found = isDictView(container) ? viewContains(container, x) : abs.contains(container, x);
      } finally {
        decref(x);
      }
      if (found) return incref(False);
    }
  } finally {
    decref(it);
  }
  return incref(True);
}

function viewIter(v: PyObject): PyObject {
  const d = v.v as PyObject;
  if (v.type === DictKeysType) return newDictIter(d, DictKeyIterType, false);
  if (v.type === DictValuesType) return newDictIter(d, DictValueIterType, false);
  return newDictIter(d, DictItemIterType, false);
}

function viewReversed(v: PyObject): PyObject {
  const d = v.v as PyObject;
  if (v.type === DictKeysType) return newDictIter(d, DictRevKeyIterType, true);
  if (v.type === DictValuesType) return newDictIter(d, DictRevValueIterType, true);
  return newDictIter(d, DictRevItemIterType, true);
}

for (const vt of [DictKeysType, DictValuesType, DictItemsType]) {
  const vd = typeData(vt);
  vd.dealloc = viewDealloc;
  vd.traverse = (v, visit) => {
    if (v.v !== null) visit(v.v as PyObject);
  };
  vd.length = viewLen;
  vd.repr = viewRepr;
  vd.iter = viewIter;
  vd.methodDefs["__reversed__"] = { kind: "noargs", fn: viewReversed };
  if (vt !== DictValuesType) {
    vd.contains = viewContains;
    vd.richcompare = viewRichCompare;
    vd.hash = (o) => raise(TypeError, `unhashable type: '${typeName(o)}'`);
    vd.methodDefs["isdisjoint"] = { kind: "o", fn: viewIsDisjoint };
  }
}

// ---------------------------------------------------------------------------------
// Iterators (dictiterobject: 56 + 16 GC bytes)
// ---------------------------------------------------------------------------------

export const DictRevKeyIterType = makeStaticType("dict_reversekeyiterator", 56, 0, TPFLAGS_HAVE_GC);
export const DictRevValueIterType = makeStaticType("dict_reversevalueiterator", 56, 0, TPFLAGS_HAVE_GC);
export const DictRevItemIterType = makeStaticType("dict_reverseitemiterator", 56, 0, TPFLAGS_HAVE_GC);

interface DictIterState {
  used: number;
  pos: number;
  len: number;
  /** the recycled 2-tuple of item iterators */
  result: PyObject | null;
}

/** dictiter_new */
function newDictIter(d: PyObject, type: PyObject, reverse: boolean): PyObject {
  const used = d.w as number;
  const state: DictIterState = { used, pos: reverse ? (d.v as DictKeys).nentries - 1 : 0, len: used, result: null };
  if (reverse && used === 0) state.pos = -1;
  const it = allocObject(type, 72, incref(d), state);
  if (type === DictItemIterType || type === DictRevItemIterType) {
    state.result = newTuple([incref(None), incref(None)]);
    gcUntrack(state.result);
  }
  gcTrack(it);
  return it;
}

function dictIterDealloc(it: PyObject): void {
  gcUntrack(it);
  xdecref(it.v as PyObject | null);
  it.v = null;
  const st = it.w as DictIterState;
  xdecref(st.result);
  st.result = null;
  freeObject(it);
}

function dictIterTraverse(it: PyObject, visit: (o: PyObject) => void): void {
  if (it.v !== null) visit(it.v as PyObject);
  const st = it.w as DictIterState;
  if (st.result !== null) visit(st.result);
}

/** The next entry index of a forward iterator, or -1 (and the iterator is exhausted). */
function forwardNext(it: PyObject): number {
  const d = it.v as PyObject | null;
  if (d === null) return -1;
  const st = it.w as DictIterState;
  if (st.used !== (d.w as number)) {
    st.used = -1;
    raise(RuntimeError, "dictionary changed size during iteration");
  }
  const k = d.v as DictKeys;
  let i = st.pos;
  const n = k.nentries;
  while (i < n && k.values[i] == null) i++;
  if (i >= n) {
    it.v = null;
    decref(d);
    return -1;
  }
  if (st.len === 0) {
    it.v = null;
    decref(d);
    raise(RuntimeError, "dictionary keys changed during iteration");
  }
  st.pos = i + 1;
  st.len--;
  return i;
}

function reverseNext(it: PyObject): number {
  const d = it.v as PyObject | null;
  if (d === null) return -1;
  const st = it.w as DictIterState;
  if (st.used !== (d.w as number)) {
    st.used = -1;
    raise(RuntimeError, "dictionary changed size during iteration");
  }
  const k = d.v as DictKeys;
  let i = st.pos;
  if (i >= 0) {
    while (i >= 0 && k.values[i] == null) i--;
  }
  if (i < 0) {
    it.v = null;
    decref(d);
    return -1;
  }
  st.pos = i - 1;
  st.len--;
  return i;
}

function itemResult(it: PyObject, key: PyObject, value: PyObject): PyObject {
  const st = it.w as DictIterState;
  const result = st.result;
  if (result !== null && result.rc === 1) {
    const items = tupleItems(result);
    const oldKey = items[0]!;
    const oldValue = items[1]!;
    items[0] = incref(key);
    items[1] = incref(value);
    incref(result);
    decref(oldKey);
    decref(oldValue);
    if (!isTracked(result)) gcTrack(result);
    return result;
  }
  return newTuple([incref(key), incref(value)]);
}

function iterLengthHint(it: PyObject): number {
  const d = it.v as PyObject | null;
  const st = it.w as DictIterState;
  return d !== null && st.used === (d.w as number) ? st.len : 0;
}

const iterKinds: [PyObject, boolean, "k" | "v" | "i"][] = [
  [DictKeyIterType, false, "k"], [DictValueIterType, false, "v"], [DictItemIterType, false, "i"],
  [DictRevKeyIterType, true, "k"], [DictRevValueIterType, true, "v"], [DictRevItemIterType, true, "i"],
];
for (const [itType, reverse, kind] of iterKinds) {
  const idata = typeData(itType);
  const step = reverse ? reverseNext : forwardNext;
  idata.dealloc = dictIterDealloc;
  idata.traverse = dictIterTraverse;
  idata.iter = (o) => incref(o);
  idata.iternext =
    kind === "k"
      ? (it) => {
          const i = step(it);
          if (i < 0) return null;
          return incref(((it.v as PyObject).v as DictKeys).keys[i]!);
        }
      : kind === "v"
        ? (it) => {
            const i = step(it);
            if (i < 0) return null;
            return incref(((it.v as PyObject).v as DictKeys).values[i]!);
          }
        : (it) => {
            const d = it.v as PyObject | null;
            const i = step(it);
            if (i < 0 || d === null) return null;
            const k = d.v as DictKeys;
            return itemResult(it, k.keys[i]!, k.values[i]!);
          };
  idata.methodDefs["__length_hint__"] = { kind: "noargs", fn: (it) => newIntLocal(iterLengthHint(it)) };
}

/** operator.length_hint support for the iterators above (used by list(iterable)). */
export function dictIterLengthHint(it: PyObject): number | null {
  for (const [t] of iterKinds) if (it.type === t) return iterLengthHint(it);
  return null;
}

// object.__sizeof__: the basic size (these objects own no separate buffers).
for (const t of [DictKeysType, DictValuesType, DictItemsType, DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType]) {
  const d = typeData(t);
  if (d.sizeof === null) d.sizeof = () => d.basicsize;
}
