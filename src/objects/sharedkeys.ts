// Instance attributes of plain classes in 3.12 (Objects/dictobject.c: _PyDict_NewKeysForClass,
// init_inline_values, _PyObject_StoreInstanceAttribute, make_dict_from_instance_attributes).
//
// Each class with a managed dict owns one shared keys table (ht_cached_keys: 64 slots,
// a raw 768-byte block, a budget `usable` of 30 names). An instance starts without a
// dict: it gets a values array of `nentries + usable` slots (after the budget is
// decremented once per new instance while above 1) in a block of
// `roundup8(size + 2) + 8·size` bytes whose prefix records the insertion order.
// A dict object exists only once `__dict__` is asked for; it adopts the values.
//
// Invariants: `names[i]` is the i-th key ever added to the class (never removed);
// a values array of `size` slots can hold every index below `nentries + usable`
// at the time it was made, which is never less than any later nentries + usable.
import { decref, incref, PyObject } from "./object.js";
import { allocBuffer, freeBuffer } from "./runtime.js";

/** SHARED_KEYS_MAX_SIZE: names a class's shared table takes before instances get combined dicts. */
export const SHARED_KEYS_MAX_SIZE = 30;
/** _PyDict_KeysSize of the 64-slot unicode table every class starts with: 32 + 64 + 42·16. */
const SHARED_KEYS_BYTES = 768;

export class SharedKeys {
  /** the attribute names, in the order the class first saw them (owned references) */
  readonly names: PyObject[] = [];
  readonly index = new Map<string, number>();
  /** dk_usable: names that may still be added */
  usable = SHARED_KEYS_MAX_SIZE;
  /** the raw block of the table (ht_cached_keys) */
  addr: number;

  constructor() {
    this.addr = allocBuffer(SHARED_KEYS_BYTES);
  }

  get nentries(): number {
    return this.names.length;
  }

  /** shared_keys_usable_size: how many values an instance array needs now. */
  usableSize(): number {
    return this.names.length + this.usable;
  }

  /** insert_into_dictkeys: the name's index, adding it if the budget allows; -1 when full. */
  insert(name: PyObject): number {
    const text = name.v as string;
    const ix = this.index.get(text);
    if (ix !== undefined) return ix;
    if (this.usable <= 0) return -1;
    this.usable--;
    this.names.push(incref(name));
    this.index.set(text, this.names.length - 1);
    return this.names.length - 1;
  }

  get sizeofBytes(): number {
    return SHARED_KEYS_BYTES;
  }

  release(): void {
    for (const n of this.names) decref(n);
    this.names.length = 0;
    this.index.clear();
    freeBuffer(this.addr);
    this.addr = 0;
  }
}

/** PyDictValues: the values of one instance, by shared-key index, plus the insertion order. */
export class InstanceValues {
  readonly values: (PyObject | null)[];
  /** indices of the set values, oldest first (the prefix bytes of the block) */
  readonly order: number[] = [];
  readonly size: number;
  addr: number;

  constructor(size: number) {
    this.size = size;
    this.values = new Array<PyObject | null>(size).fill(null);
    this.addr = allocBuffer(valuesBlockBytes(size));
  }
}

/** new_values(size): an 8-aligned prefix of size + 2 bytes, then size pointers. */
export function valuesBlockBytes(size: number): number {
  return ((size + 2 + 7) & ~7) + 8 * size;
}

/** init_inline_values: the budget shrinks by one per new instance while above 1. */
export function newInstanceValues(keys: SharedKeys): InstanceValues {
  if (keys.usable > 1) keys.usable--;
  return new InstanceValues(keys.usableSize());
}

/** _PyObject_FreeInstanceAttributes: release the values in index order, then the block. */
export function freeInstanceValues(iv: InstanceValues): void {
  const values = iv.values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v != null) {
      values[i] = null;
      decref(v);
    }
  }
  iv.order.length = 0;
  freeBuffer(iv.addr);
  iv.addr = 0;
}

/** The value of `name` (borrowed), or null. */
export function valuesGet(keys: SharedKeys, iv: InstanceValues, name: string): PyObject | null {
  const ix = keys.index.get(name);
  if (ix === undefined || ix >= iv.size) return null;
  return iv.values[ix]!;
}

/**
 * _PyObject_StoreInstanceAttribute on the values array: store (value non-null) or
 * delete. "nokey" when the name gets no slot (the shared table is full, or the name is
 * not an exact str): the caller then moves the attributes into a dict and retries
 * there, as CPython does (even for a delete). "missing": deleting an unset name.
 */
export function valuesStore(keys: SharedKeys, iv: InstanceValues, name: PyObject, value: PyObject | null, exactStr: boolean): "ok" | "nokey" | "missing" {
  // CPython inserts the name into the shared keys even when deleting.
  const ix = exactStr ? keys.insert(name) : -1;
  if (ix < 0 || ix >= iv.size) return "nokey";
  const old = iv.values[ix]!;
  if (value === null) {
    if (old === null) return "missing";
    iv.values[ix] = null;
    iv.order.splice(iv.order.indexOf(ix), 1);
    decref(old);
    return "ok";
  }
  iv.values[ix] = incref(value);
  if (old === null) iv.order.push(ix);
  else decref(old);
  return "ok";
}
