// set and frozenset (Objects/setobject.c, CPython 3.12): open addressing over a
// table of (key, hash) entries, 8 slots embedded in the 200-byte object (216 with
// the GC header), larger tables as separate blocks of 16 × slots. Probing looks at
// up to 9 neighbours linearly, then jumps with the perturbation `i = i*5 + 1 +
// (perturb >>= 5)` over the full unsigned 64-bit hash, so iteration order (table
// order) is CPython's for the same hashes. Deleted entries become dummies (hash -1);
// tables grow when fill*5 >= mask*3 and never shrink on discard.
//
// Payload `v`: a SetState; `w` unused. Sets can be weakly referenced, so `weakrefs`
// is left to the weakref machinery.
import { clearWeakrefs } from "./weakrefobject.js";
import { decref, incref, PyObject, PyRaise, xdecref } from "./object.js";
import { allocBuffer, allocObject, freeBuffer, freeObject } from "./runtime.js";
import { False, None, NotImplemented, True, pyBool } from "./singletons.js";
import { DictItemsType, DictKeysType, DictType, FrozenSetType, SetIterType, SetType, StrType } from "./types.js";
import { CompareOp, isSubtype, typeData, typeName } from "./typeobject.js";
import { KeyError, RuntimeError, TypeError, raise } from "./exceptions.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { trashcanBegin, trashcanEnd } from "./trashcan.js";
import * as abs from "./abstract.js";
import { newTuple, tupleItems } from "./tupleobject.js";
import { newStr, strHash } from "./unicodeobject.js";
import { newInt } from "./longobject.js";
import { hashFrozenset } from "./pyhash.js";
import {
  dictCopy, dictDelItem, dictValueAt, dictContains, dictGetItemKnownHash, dictHashAt, dictKeyAt, dictNext, keyHash, newDictView, raiseKeyError, setSetEntriesHook, viewContains,
} from "./dictobject.js";
import { sequenceList } from "./listmethods.js";

export const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;

/** The dummy key of deleted entries. */
const DUMMY = { dummy: true } as unknown as PyObject;

export interface SetState {
  fill: number;
  used: number;
  mask: number;
  /** entry keys: null (never used), DUMMY, or a key */
  keys: (PyObject | null)[];
  /** entry hashes: 0 for unused, -1 for dummy */
  hashes: (number | bigint)[];
  /** address of a malloc'ed table; 0 while the embedded 8-slot table is used */
  addr: number;
  finger: number;
  /** frozenset hash cache */
  hash: number | bigint | null;
}

function emptyState(): SetState {
  return { fill: 0, used: 0, mask: PySet_MINSIZE - 1, keys: new Array(PySet_MINSIZE).fill(null), hashes: new Array(PySet_MINSIZE).fill(0), addr: 0, finger: 0, hash: null };
}

function st(s: PyObject): SetState {
  return s.v as SetState;
}

export function isAnySet(o: PyObject): boolean {
  return o.type === SetType || o.type === FrozenSetType || isSubtype(o.type, SetType) || isSubtype(o.type, FrozenSetType);
}

function isAnySetExact(o: PyObject): boolean {
  return o.type === SetType || o.type === FrozenSetType;
}

// ---- probing ------------------------------------------------------------------------

function hi32(h: number | bigint): number {
  return typeof h === "number" ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}
function lo32(h: number | bigint): number {
  return typeof h === "number" ? h >>> 0 : Number(BigInt.asUintN(32, h));
}

function setKeyHash(key: PyObject): number | bigint {
  if (key.type === StrType) return abs.normHash(strHash(key));
  return keyHash(key);
}

const RESTART = -2;

/** set_lookkey: the index of key's entry, or -1 (a search that found a never-used slot). */
function lookkey(s: PyObject, key: PyObject, hash: number | bigint): number {
  for (;;) {
    const r = lookkeyOnce(s, key, hash);
    if (r !== RESTART) return r;
  }
}

function lookkeyOnce(s: PyObject, key: PyObject, hash: number | bigint): number {
  const state = st(s);
  let mask = state.mask;
  let pl = lo32(hash);
  let ph = hi32(hash);
  let i = pl & mask;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const ek = state.keys[j]!;
      const eh = state.hashes[j]!;
      if (ek === null) return -1;
      if (eh === hash) {
        if (ek === key) return j;
        if (ek.type === StrType && key.type === StrType && ek.v === key.v) return j;
        const table = state.keys;
        incref(ek);
        let cmp: boolean;
        try {
          cmp = abs.richCompareBool(ek, key, CompareOp.EQ);
        } finally {
          decref(ek);
        }
        if (st(s) !== state || table !== state.keys || state.keys[j] !== ek) return RESTART;
        if (cmp) return j;
        mask = state.mask;
      }
      j++;
    } while (probes-- > 0);
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph >>>= 5;
    i = ((i * 5 + 1 + pl) >>> 0) & mask;
  }
}

/** set_insert_clean: place a key known to be absent in a table without dummies. */
function insertClean(keys: (PyObject | null)[], hashes: (number | bigint)[], mask: number, key: PyObject, hash: number | bigint): void {
  let pl = lo32(hash);
  let ph = hi32(hash);
  let i = pl & mask;
  for (;;) {
    if (keys[i] === null) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          found = i + j;
          break;
        }
      }
    }
    if (found >= 0) {
      i = found;
      break;
    }
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph >>>= 5;
    i = ((i * 5 + 1 + pl) >>> 0) & mask;
  }
  keys[i] = key;
  hashes[i] = hash;
}

/** set_table_resize: the smallest power of two > minused (at least 8). */
function tableResize(s: PyObject, minused: number): void {
  const state = st(s);
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = state.keys;
  const oldHashes = state.hashes;
  const oldAddr = state.addr;
  if (newsize === PySet_MINSIZE && oldAddr === 0 && state.fill === state.used) return;
  let newAddr = 0;
  if (newsize !== PySet_MINSIZE) newAddr = allocBuffer(16 * newsize);
  const keys: (PyObject | null)[] = new Array(newsize).fill(null);
  const hashes: (number | bigint)[] = new Array(newsize).fill(0);
  const mask = newsize - 1;
  const noDummies = state.fill === state.used;
  if (!noDummies) state.fill = state.used;
  for (let j = 0; j < oldKeys.length; j++) {
    const k = oldKeys[j]!;
    if (k !== null && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[j]!);
  }
  state.keys = keys;
  state.hashes = hashes;
  state.mask = mask;
  state.addr = newAddr;
  if (oldAddr !== 0) freeBuffer(oldAddr);
}

/** set_add_entry: steals nothing (the key is borrowed; the set takes a reference when it stores it). */
function addEntry(s: PyObject, key: PyObject, hash: number | bigint): void {
  incref(key);
  try {
    for (;;) {
      const r = addEntryOnce(s, key, hash);
      if (r === 1) return; // stored: the reference is the set's now
      if (r === 0) break; // already present
    }
  } catch (e) {
    decref(key);
    throw e;
  }
  decref(key);
}

/**
 * 1: stored, 0: present, -2: restart. A new key goes into the *last* dummy seen on
 * its probe path when the search ends at a never-used slot (measured on 3.12.1).
 */
function addEntryOnce(s: PyObject, key: PyObject, hash: number | bigint): number {
  const state = st(s);
  let freeslot = -1;
  let mask = state.mask;
  let pl = lo32(hash);
  let ph = hi32(hash);
  let i = pl & mask;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const ek = state.keys[j]!;
      const eh = state.hashes[j]!;
      if (ek === null) {
        if (freeslot >= 0) {
          state.used++;
          state.keys[freeslot] = key;
          state.hashes[freeslot] = hash;
          return 1;
        }
        state.fill++;
        state.used++;
        state.keys[j] = key;
        state.hashes[j] = hash;
        if (state.fill * 5 >= mask * 3) tableResize(s, state.used > 50000 ? state.used * 2 : state.used * 4);
        return 1;
      }
      if (eh === hash) {
        if (ek === key) return 0;
        if (ek.type === StrType && key.type === StrType && ek.v === key.v) return 0;
        const table = state.keys;
        incref(ek);
        let cmp: boolean;
        try {
          cmp = abs.richCompareBool(ek, key, CompareOp.EQ);
        } finally {
          decref(ek);
        }
        if (cmp) return 0;
        if (st(s) !== state || table !== state.keys || state.keys[j] !== ek) return RESTART;
        mask = state.mask;
      } else if (eh === -1) {
        freeslot = j;
      }
      j++;
    } while (probes-- > 0);
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph >>>= 5;
    i = ((i * 5 + 1 + pl) >>> 0) & mask;
  }
}

/** set_add_key (borrowed key). */
export function setAddItem(s: PyObject, key: PyObject): void {
  addEntry(s, key, setKeyHash(key));
}

/** set_discard_entry: true when the key was present. */
function discardEntry(s: PyObject, key: PyObject, hash: number | bigint): boolean {
  const j = lookkey(s, key, hash);
  if (j < 0) return false;
  const state = st(s);
  const old = state.keys[j]!;
  state.keys[j] = DUMMY;
  state.hashes[j] = -1;
  state.used--;
  decref(old);
  return true;
}

function containsEntry(s: PyObject, key: PyObject, hash: number | bigint): boolean {
  return lookkey(s, key, hash) >= 0;
}

/** set_contains_key, with the set-as-key retry of set_contains / remove / discard. */
function withFrozenRetry<T>(key: PyObject, fn: (k: PyObject, h: number | bigint) => T): T {
  let hash: number | bigint;
  try {
    hash = setKeyHash(key);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError) && (key.type === SetType || isSubtype(key.type, SetType))) {
      decref(e.exc);
      const tmp = makeNewSet(FrozenSetType, key);
      try {
        return fn(tmp, setKeyHash(tmp));
      } finally {
        decref(tmp);
      }
    }
    throw e;
  }
  return fn(key, hash);
}

export function setContains(s: PyObject, key: PyObject): boolean {
  return withFrozenRetry(key, (k, h) => containsEntry(s, k, h));
}

export function setDiscard(s: PyObject, key: PyObject): boolean {
  return withFrozenRetry(key, (k, h) => discardEntry(s, k, h));
}

export function setLen(s: PyObject): number {
  return st(s).used;
}

/** set_next: the next live entry index at or after pos, or -1. */
function setNext(s: PyObject, pos: number): number {
  const state = st(s);
  const keys = state.keys;
  while (pos <= state.mask) {
    const k = keys[pos]!;
    if (k !== null && k !== DUMMY) return pos;
    pos++;
  }
  return -1;
}

/** The live (key, hash) entries in table order (borrowed keys). */
export function setEntries(s: PyObject): [PyObject, number | bigint][] {
  const out: [PyObject, number | bigint][] = [];
  const state = st(s);
  for (let j = 0; j <= state.mask; j++) {
    const k = state.keys[j]!;
    if (k !== null && k !== DUMMY) out.push([k, state.hashes[j]!]);
  }
  return out;
}

export function setItems(s: PyObject): PyObject[] {
  return setEntries(s).map(([k]) => k);
}

setSetEntriesHook(setEntries);

/** set_clear_internal: empty (back to the embedded table) first, then release the keys. */
export function setClear(s: PyObject): void {
  const state = st(s);
  if (state.fill === 0 && state.addr === 0) return;
  s.v = emptyState();
  let used = state.used;
  for (let j = 0; used > 0 && j < state.keys.length; j++) {
    const k = state.keys[j]!;
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (state.addr !== 0) freeBuffer(state.addr);
}

// ---- merge / update ---------------------------------------------------------------------

/** set_merge: add every key of another set (one big resize first). */
function setMerge(s: PyObject, other: PyObject): void {
  const so = st(s);
  const ot = st(other);
  if (s === other || ot.used === 0) return;
  if ((so.fill + ot.used) * 5 >= so.mask * 3) tableResize(s, (so.used + ot.used) * 2);
  const state = st(s);
  if (state.fill === 0 && state.mask === ot.mask && ot.fill === ot.used) {
    for (let j = 0; j <= ot.mask; j++) {
      const k = ot.keys[j]!;
      if (k !== null) {
        state.keys[j] = incref(k);
        state.hashes[j] = ot.hashes[j]!;
      }
    }
    state.fill = ot.fill;
    state.used = ot.used;
    return;
  }
  if (state.fill === 0) {
    state.fill = ot.used;
    state.used = ot.used;
    for (let j = 0; j <= ot.mask; j++) {
      const k = ot.keys[j]!;
      if (k !== null && k !== DUMMY) insertClean(state.keys, state.hashes, state.mask, incref(k), ot.hashes[j]!);
    }
    return;
  }
  for (let j = 0; j <= ot.mask; j++) {
    const k = ot.keys[j];
    if (k != null && k !== DUMMY) addEntry(s, k, ot.hashes[j]!);
  }
}

/** set_update_internal: a set, an exact dict (its keys, presized), or any iterable. */
export function setUpdateFrom(s: PyObject, other: PyObject): void {
  if (isAnySet(other)) {
    setMerge(s, other);
    return;
  }
  if (other.type === DictType) {
    const dictsize = other.w as number;
    const state = st(s);
    if ((state.fill + dictsize) * 5 >= state.mask * 3) tableResize(s, (state.used + dictsize) * 2);
    for (let pos = dictNext(other, 0); pos >= 0; pos = dictNext(other, pos + 1)) {
      addEntry(s, dictKeyAt(other, pos), dictHashAt(other, pos));
    }
    return;
  }
  const it = abs.getIter(other);
  try {
    for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
      try {
        setAddItem(s, key);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

// ---- construction ------------------------------------------------------------------------

/** make_new_set: tp_alloc (216 bytes, tracked), then the iterable's items. */
export function makeNewSet(type: PyObject, iterable: PyObject | null): PyObject {
  const data = typeData(type);
  const s = allocObject(type, data.basicsize + data.preHeaderSize, emptyState(), null);
  gcTrack(s);
  if (iterable !== null) {
    try {
      setUpdateFrom(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

function makeNewSetBaseType(type: PyObject, iterable: PyObject | null): PyObject {
  if (type !== SetType && type !== FrozenSetType) type = isSubtype(type, SetType) ? SetType : FrozenSetType;
  return makeNewSet(type, iterable);
}

/** PySet_New(NULL) — BUILD_SET. */
export function newSet(iterable: PyObject | null = null): PyObject {
  return makeNewSet(SetType, iterable);
}

/** PyFrozenSet_New */
export function newFrozenSet(iterable: PyObject | null = null): PyObject {
  return makeNewSet(FrozenSetType, iterable);
}

/** A frozenset of borrowed items added in order (compiler constants). */
export function frozensetFromItems(items: readonly PyObject[]): PyObject {
  const s = makeNewSet(FrozenSetType, null);
  try {
    for (const x of items) setAddItem(s, x);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

export function setCopy(s: PyObject): PyObject {
  return makeNewSetBaseType(s.type, s);
}

// ---- algebra ---------------------------------------------------------------------------------

function setIntersection(s: PyObject, other: PyObject): PyObject {
  if (s === other) return setCopy(s);
  const result = makeNewSetBaseType(s.type, null);
  try {
    if (isAnySet(other)) {
      let a = s;
      let b = other;
      if (st(b).used > st(a).used) {
        a = other;
        b = s;
      }
      for (let pos = setNext(b, 0); pos >= 0; pos = setNext(b, pos + 1)) {
        const key = incref(st(b).keys[pos]!);
        const hash = st(b).hashes[pos]!;
        try {
          if (containsEntry(a, key, hash)) addEntry(result, key, hash);
        } finally {
          decref(key);
        }
      }
      return result;
    }
    const it = abs.getIter(other);
    try {
      for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
        try {
          const hash = setKeyHash(key);
          if (containsEntry(s, key, hash)) addEntry(result, key, hash);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

function setIntersectionMulti(s: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return setCopy(s);
  let result = incref(s);
  for (const other of args) {
    try {
      const r = setIntersection(result, other);
      decref(result);
      result = r;
    } catch (e) {
      decref(result);
      throw e;
    }
  }
  return result;
}

function swapBodies(a: PyObject, b: PyObject): void {
  const t = a.v;
  a.v = b.v;
  b.v = t;
}

function setIntersectionUpdate(s: PyObject, other: PyObject): void {
  const tmp = setIntersection(s, other);
  swapBodies(s, tmp);
  decref(tmp);
}

function setDifferenceUpdateInternal(s: PyObject, other: PyObject): void {
  if (s === other) {
    setClear(s);
    return;
  }
  if (isAnySet(other)) {
    const o = st(other).used >> 3 > st(s).used ? setIntersection(s, other) : incref(other);
    try {
      for (let pos = setNext(o, 0); pos >= 0; pos = setNext(o, pos + 1)) {
        const key = incref(st(o).keys[pos]!);
        try {
          discardEntry(s, key, st(o).hashes[pos]!);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(o);
    }
  } else {
    const it = abs.getIter(other);
    try {
      for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
        try {
          setDiscard(s, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  }
  const state = st(s);
  if (state.fill - state.used <= state.mask >>> 2) return;
  tableResize(s, state.used > 50000 ? state.used * 2 : state.used * 4);
}

function setCopyAndDifference(s: PyObject, other: PyObject): PyObject {
  const result = setCopy(s);
  try {
    setDifferenceUpdateInternal(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setDifference(s: PyObject, other: PyObject): PyObject {
  let otherSize: number;
  if (isAnySet(other)) otherSize = st(other).used;
  else if (other.type === DictType) otherSize = other.w as number;
  else return setCopyAndDifference(s, other);
  if (st(s).used >> 2 > otherSize) return setCopyAndDifference(s, other);
  const result = makeNewSetBaseType(s.type, null);
  try {
    for (let pos = setNext(s, 0); pos >= 0; pos = setNext(s, pos + 1)) {
      const key = incref(st(s).keys[pos]!);
      const hash = st(s).hashes[pos]!;
      try {
        const present = other.type === DictType ? dictGetItemKnownHash(other, key, hash) !== null : containsEntry(other, key, hash);
        if (!present) addEntry(result, key, hash);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setDifferenceMulti(s: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return setCopy(s);
  const result = setDifference(s, args[0]!);
  try {
    for (let i = 1; i < args.length; i++) setDifferenceUpdateInternal(result, args[i]!);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setSymmetricDifferenceUpdate(s: PyObject, other: PyObject): void {
  if (s === other) {
    setClear(s);
    return;
  }
  if (other.type === DictType) {
    for (let pos = dictNext(other, 0); pos >= 0; pos = dictNext(other, pos + 1)) {
      const key = incref(dictKeyAt(other, pos));
      const hash = dictHashAt(other, pos);
      try {
        if (!discardEntry(s, key, hash)) addEntry(s, key, hash);
      } finally {
        decref(key);
      }
    }
    return;
  }
  const o = isAnySet(other) ? incref(other) : makeNewSetBaseType(s.type, other);
  try {
    for (let pos = setNext(o, 0); pos >= 0; pos = setNext(o, pos + 1)) {
      const key = incref(st(o).keys[pos]!);
      const hash = st(o).hashes[pos]!;
      try {
        if (!discardEntry(s, key, hash)) addEntry(s, key, hash);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(o);
  }
}

function setSymmetricDifference(s: PyObject, other: PyObject): PyObject {
  const o = makeNewSetBaseType(s.type, other);
  try {
    setSymmetricDifferenceUpdate(o, s);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

function setIsSubset(s: PyObject, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(SetType, other);
    try {
      return setIsSubset(s, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (st(s).used > st(other).used) return false;
  for (let pos = setNext(s, 0); pos >= 0; pos = setNext(s, pos + 1)) {
    const key = incref(st(s).keys[pos]!);
    try {
      if (!containsEntry(other, key, st(s).hashes[pos]!)) return false;
    } finally {
      decref(key);
    }
  }
  return true;
}

function setIsSuperset(s: PyObject, other: PyObject): boolean {
  if (isAnySet(other)) return setIsSubset(other, s);
  const it = abs.getIter(other);
  try {
    for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
      let rv: boolean;
      try {
        rv = setContains(s, key);
      } finally {
        decref(key);
      }
      if (!rv) return false;
    }
  } finally {
    decref(it);
  }
  return true;
}

function setIsDisjoint(s: PyObject, other: PyObject): boolean {
  if (s === other) return st(s).used === 0;
  if (isAnySetExact(other)) {
    let a = s;
    let b = other;
    if (st(b).used > st(a).used) {
      a = other;
      b = s;
    }
    for (let pos = setNext(b, 0); pos >= 0; pos = setNext(b, pos + 1)) {
      const key = incref(st(b).keys[pos]!);
      try {
        if (containsEntry(a, key, st(b).hashes[pos]!)) return false;
      } finally {
        decref(key);
      }
    }
    return true;
  }
  const it = abs.getIter(other);
  try {
    for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
      let rv: boolean;
      try {
        rv = setContains(s, key);
      } finally {
        decref(key);
      }
      if (rv) return false;
    }
  } finally {
    decref(it);
  }
  return true;
}

function frozensetHash(s: PyObject): number | bigint {
  const state = st(s);
  if (state.hash !== null) return state.hash;
  const h = abs.normHash(hashFrozenset(setEntries(s).map(([, hash]) => BigInt(hash))));
  state.hash = h;
  return h;
}

// ---- slots ------------------------------------------------------------------------------------------

function setDealloc(s: PyObject): void {
  clearWeakrefs(s);
  gcUntrack(s);
  if (!trashcanBegin(s)) return;
  const state = st(s);
  s.v = null;
  let used = state.used;
  for (let j = 0; used > 0 && j < state.keys.length; j++) {
    const k = state.keys[j]!;
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (state.addr !== 0) freeBuffer(state.addr);
  const dict = s.dict;
  s.dict = null;
  xdecref(dict);
  freeObject(s);
  trashcanEnd();
}

function setTraverse(s: PyObject, visit: (o: PyObject) => void): void {
  const state = st(s);
  if (state === null) return;
  for (const k of state.keys) if (k !== null && k !== DUMMY) visit(k);
}

function setRepr(s: PyObject): PyObject {
  const name = typeName(s);
  if (!abs.reprEnter(s)) return newStr(`${name}(...)`);
  try {
    if (st(s).used === 0) return newStr(`${name}()`);
    const keys = sequenceList(s);
    let text: string;
    try {
      text = abs.reprText(keys);
    } finally {
      decref(keys);
    }
    const inner = text.slice(1, -1);
    return newStr(s.type === SetType ? `{${inner}}` : `${name}({${inner}})`);
  } finally {
    abs.reprLeave(s);
  }
}

function setRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isAnySet(w)) return incref(NotImplemented);
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      let eq: boolean;
      if (st(v).used !== st(w).used) eq = false;
      else if (st(v).hash !== null && st(w).hash !== null && st(v).hash !== st(w).hash) eq = false;
      else eq = setIsSubset(v, w);
      return pyBool(op === CompareOp.EQ ? eq : !eq);
    }
    case CompareOp.LE:
      return pyBool(setIsSubset(v, w));
    case CompareOp.GE:
      return pyBool(setIsSuperset(v, w));
    case CompareOp.LT:
      return pyBool(st(v).used < st(w).used && setIsSubset(v, w));
    case CompareOp.GT:
      return pyBool(st(v).used > st(w).used && setIsSuperset(v, w));
  }
  return incref(NotImplemented);
}

function setOr(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return incref(NotImplemented);
  const result = setCopy(a);
  if (a === b) return result;
  try {
    setUpdateFrom(result, b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function binary(fn: (a: PyObject, b: PyObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isAnySet(a) || !isAnySet(b)) return incref(NotImplemented);
    return fn(a, b);
  };
}

function inplace(fn: (a: PyObject, b: PyObject) => void) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isAnySet(b)) return incref(NotImplemented);
    fn(a, b);
    return incref(a);
  };
}

function setPop(s: PyObject): PyObject {
  const state = st(s);
  if (state.used === 0) raise(KeyError, "pop from an empty set");
  let j = state.finger & state.mask;
  while (state.keys[j] === null || state.keys[j] === DUMMY) {
    j++;
    if (j > state.mask) j = 0;
  }
  const key = state.keys[j]!;
  state.keys[j] = DUMMY;
  state.hashes[j] = -1;
  state.used--;
  state.finger = j + 1;
  return key;
}

function setRemove(s: PyObject, key: PyObject): PyObject {
  if (!setDiscard(s, key)) raiseKeyError(key);
  return incref(None);
}

// ---- iterator (setiterobject: 48 + 16 GC bytes) -----------------------------------------------

interface SetIterState {
  used: number;
  pos: number;
  len: number;
}

export function newSetIter(s: PyObject): PyObject {
  const it = allocObject(SetIterType, 64, incref(s), { used: st(s).used, pos: 0, len: st(s).used } satisfies SetIterState);
  gcTrack(it);
  return it;
}

function setIterNext(it: PyObject): PyObject | null {
  const s = it.v as PyObject | null;
  if (s === null) return null;
  const si = it.w as SetIterState;
  const state = st(s);
  if (si.used !== state.used) {
    si.used = -1;
    raise(RuntimeError, "Set changed size during iteration");
  }
  let i = si.pos;
  while (i <= state.mask && (state.keys[i] === null || state.keys[i] === DUMMY)) i++;
  si.pos = i + 1;
  if (i > state.mask) {
    it.v = null;
    decref(s);
    return null;
  }
  si.len--;
  return incref(state.keys[i]!);
}

const iterData = typeData(SetIterType);
iterData.dealloc = (it) => {
  gcUntrack(it);
  const s = it.v as PyObject | null;
  it.v = null;
  xdecref(s);
  freeObject(it);
};
iterData.traverse = (it, visit) => {
  if (it.v !== null) visit(it.v as PyObject);
};
iterData.iter = (it) => incref(it);
iterData.iternext = setIterNext;
iterData.methodDefs["__length_hint__"] = {
  kind: "noargs",
  fn: (it) => {
    const s = it.v as PyObject | null;
    const si = it.w as SetIterState;
    return newInt(s !== null && si.used === st(s).used ? si.len : 0);
  },
};

// ---- the types --------------------------------------------------------------------------------

function checkNoKw(name: string, kwnames: PyObject | null): void {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
}

/** set(...) / frozenset(...) as their vectorcalls. */
export function setCall(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const name = type === FrozenSetType || isSubtype(type, FrozenSetType) ? "frozenset" : "set";
  checkNoKw(name, kwnames);
  if (args.length > 1) raise(TypeError, `${name} expected at most 1 argument, got ${args.length}`);
  const iterable = args[0] ?? null;
  if (type === FrozenSetType && iterable !== null && iterable.type === FrozenSetType) return incref(iterable);
  return makeNewSet(type, iterable);
}

for (const t of [SetType, FrozenSetType]) {
  const d = typeData(t);
  const frozen = t === FrozenSetType;
  d.dealloc = setDealloc;
  d.traverse = setTraverse;
  // set_clear_internal is tp_clear for frozenset too
  d.clear = setClear;
  d.repr = setRepr;
  d.richcompare = setRichCompare;
  d.hash = frozen ? frozensetHash : (o) => raise(TypeError, `unhashable type: '${typeName(o)}'`);
  d.length = setLen;
  d.contains = setContains;
  d.iter = newSetIter;
  d.sizeof = (s) => 200 + (st(s).addr !== 0 ? 16 * (st(s).mask + 1) : 0);
  d.or = setOr;
  d.and = binary(setIntersection);
  d.sub = binary(setDifference);
  d.xor = binary(setSymmetricDifference);
  d.new = frozen
    ? (type, args, kwnames) => setCall(type, args, kwnames)
    : (type, _args, _kwnames) => makeNewSet(type, null);
  const m = d.methodDefs;
  m["__contains__"] = { kind: "o", fn: (s, k) => pyBool(setContains(s, k)) };
  m["__sizeof__"] = { kind: "noargs", fn: (s) => newInt(d.sizeof!(s)) };
  m["copy"] = { kind: "noargs", fn: (s) => (s.type === FrozenSetType ? incref(s) : setCopy(s)) };
  // union, intersection, difference and the update forms are METH_VARARGS in 3.12
  m["union"] = {
    kind: "fast",
    varargs: true,
    fn: (s, args) => {
      const result = setCopy(s);
      try {
        for (const o of args) if (o !== s) setUpdateFrom(result, o);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    },
  };
  m["intersection"] = { kind: "fast", varargs: true, fn: setIntersectionMulti };
  m["difference"] = { kind: "fast", varargs: true, fn: setDifferenceMulti };
  m["symmetric_difference"] = { kind: "o", fn: setSymmetricDifference };
  m["issubset"] = { kind: "o", fn: (s, o) => pyBool(setIsSubset(s, o)) };
  m["issuperset"] = { kind: "o", fn: (s, o) => pyBool(setIsSuperset(s, o)) };
  m["isdisjoint"] = { kind: "o", fn: (s, o) => pyBool(setIsDisjoint(s, o)) };
  if (!frozen) {
    d.init = (self, args, kwnames) => {
      checkNoKw("set", kwnames);
      if (args.length > 1) raise(TypeError, `${typeName(self)} expected at most 1 argument, got ${args.length}`);
      if (st(self).fill) setClear(self);
      st(self).hash = null;
      if (args.length === 1) setUpdateFrom(self, args[0]!);
    };
    d.inplace["or"] = inplace((a, b) => setUpdateFrom(a, b));
    d.inplace["and"] = inplace(setIntersectionUpdate);
    d.inplace["sub"] = inplace(setDifferenceUpdateInternal);
    d.inplace["xor"] = inplace(setSymmetricDifferenceUpdate);
    m["add"] = { kind: "o", fn: (s, k) => (setAddItem(s, k), incref(None)) };
    m["discard"] = { kind: "o", fn: (s, k) => (setDiscard(s, k), incref(None)) };
    m["remove"] = { kind: "o", fn: setRemove };
    m["pop"] = { kind: "noargs", fn: setPop };
    m["clear"] = { kind: "noargs", fn: (s) => (setClear(s), incref(None)) };
    m["update"] = {
      kind: "fast",
      varargs: true,
      fn: (s, args) => {
        for (const o of args) setUpdateFrom(s, o);
        return incref(None);
      },
    };
    m["intersection_update"] = {
      kind: "fast",
      varargs: true,
      fn: (s, args) => {
        const tmp = setIntersectionMulti(s, args);
        swapBodies(s, tmp);
        decref(tmp);
        return incref(None);
      },
    };
    m["difference_update"] = {
      kind: "fast",
      varargs: true,
      fn: (s, args) => {
        for (const o of args) setDifferenceUpdateInternal(s, o);
        return incref(None);
      },
    };
    m["symmetric_difference_update"] = { kind: "o", fn: (s, o) => (setSymmetricDifferenceUpdate(s, o), incref(None)) };
  }
}

// ---- dict view set operations (dictobject.c dictviews_*), installed here -----------------------

function viewToSet(o: PyObject): PyObject {
  const src = o.type === DictKeysType ? (o.v as PyObject) : o;
  return makeNewSet(SetType, src);
}

function isView(o: PyObject): boolean {
  return o.type === DictKeysType || o.type === DictItemsType;
}

function viewsSub(a: PyObject, b: PyObject): PyObject {
  const result = viewToSet(a);
  try {
    setDifferenceUpdateInternal(result, b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewsOr(a: PyObject, b: PyObject): PyObject {
  const result = viewToSet(a);
  try {
    setUpdateFrom(result, b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictitems_xor: items views on both sides compare the values through a copy of the left dict. */
function itemsXor(self: PyObject, other: PyObject): PyObject {
  const d1 = self.v as PyObject;
  const d2 = other.v as PyObject;
  const temp = dictCopy(d1);
  const result = makeNewSet(SetType, null);
  try {
    for (let pos = dictNext(d2, 0); pos >= 0; pos = dictNext(d2, pos + 1)) {
      const key = incref(dictKeyAt(d2, pos));
      const val2 = incref(dictValueAt(d2, pos));
      const hash = dictHashAt(d2, pos);
      let val1: PyObject | null = null;
      try {
        val1 = dictGetItemKnownHash(temp, key, hash);
        let toDelete = false;
        if (val1 !== null) {
          incref(val1);
          toDelete = abs.richCompareBool(val1, val2, CompareOp.EQ);
        }
        if (toDelete) dictDelItem(temp, key);
        else {
          const pair = newTuple([incref(key), incref(val2)]);
          try {
            setAddItem(result, pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        xdecref(val1);
        decref(val2);
      }
    }
    const remaining = newDictView(temp, DictItemsType);
    try {
      setUpdateFrom(result, remaining);
    } finally {
      decref(remaining);
    }
  } catch (e) {
    decref(result);
    decref(temp);
    throw e;
  }
  decref(temp);
  return result;
}

function viewsXor(a: PyObject, b: PyObject): PyObject {
  if (a.type === DictItemsType && b.type === DictItemsType) return itemsXor(a, b);
  const result = viewToSet(a);
  try {
    setSymmetricDifferenceUpdate(result, b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** _PyDictView_Intersect */
function viewsAnd(self: PyObject, other: PyObject): PyObject {
  if (!isView(self)) {
    const t = other;
    other = self;
    self = t;
  }
  const lenSelf = abs.length(self);
  if (other.type === SetType && lenSelf <= abs.length(other)) return setIntersection(other, self);
  if (isView(other) && abs.length(other) > lenSelf) {
    const t = other;
    other = self;
    self = t;
  }
  const result = makeNewSet(SetType, null);
  try {
    const it = abs.getIter(other);
    try {
      for (let key = abs.iterNext(it); key !== null; key = abs.iterNext(it)) {
        try {
          if (viewContains(self, key)) setAddItem(result, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

for (const vt of [DictKeysType, DictItemsType]) {
  const vd = typeData(vt);
  vd.sub = viewsSub;
  vd.or = viewsOr;
  vd.xor = viewsXor;
  vd.and = viewsAnd;
}

export { True, False, dictContains, newDictView };

// object.__sizeof__: the basic size (these objects own no separate buffers).
for (const t of [SetIterType]) {
  const d = typeData(t);
  if (d.sizeof === null) d.sizeof = () => d.basicsize;
}
