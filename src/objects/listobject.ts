// list (Objects/listobject.c), the core: a 56-byte GC object (40 + GC header) plus a
// separately allocated item array of 8 × allocated bytes, grown and shrunk with
// CPython's list_resize rule; CPython 3.12's free list of 80 list objects (the item
// array is always freed). Methods are added by listmethods.ts.
//
// Payload: `v` the items (a JS array owning one reference each; its length is the
// list's size), `w` the capacity CPython would have allocated (`allocated`). Lists
// cannot be weakly referenced, so `weakrefs` holds the item array's address (0: none).
import { decref, PyObject } from "./object.js";
import { allocBuffer, allocObject, freeBuffer, freeObject, onRuntimeReset, reallocBuffer, rt } from "./runtime.js";
import { freeParkedObject } from "./runtime.js";
import { ListType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { trashcanBegin, trashcanEnd } from "./trashcan.js";

export const LIST_MAXFREELIST = 80;
let freeList: PyObject[] = [];
onRuntimeReset(() => {
  freeList = [];
});

export function listItems(l: PyObject): PyObject[] {
  return l.v as PyObject[];
}

export function listCapacity(l: PyObject): number {
  return l.w as number;
}

/** A new list owning `items`, with exactly `items.length` slots allocated (BUILD_LIST n). */
export function newList(items: PyObject[], capacity = items.length): PyObject {
  let l = freeList.pop();
  if (l !== undefined) {
    l.rc = 1;
    l.v = items;
    if (rt.registry !== null) rt.registry.add(l);
  } else {
    l = allocObject(ListType, 56, items, 0);
  }
  l.w = capacity;
  l.weakrefs = capacity > 0 ? allocBuffer(8 * capacity) : 0;
  gcTrack(l);
  return l;
}

/**
 * A new list owning `items` as stringlib's split makes it: PyList_New(prealloc) filled
 * with the first items, PyList_Append for the rest (their growth as list_resize's).
 */
export function newListPreallocated(items: PyObject[], prealloc: number): PyObject {
  const list = newList(items.slice(0, prealloc), prealloc);
  for (let i = prealloc; i < items.length; i++) listAppend(list, items[i]!);
  return list;
}

/**
 * list_resize(newsize) for the new length `newSize`, before the caller changes the
 * items: CPython over-allocates by ~1/8 + 6, rounded down to a multiple of 4.
 */
export function listResize(l: PyObject, newSize: number): void {
  const allocated = l.w as number;
  if (allocated >= newSize && newSize >= allocated >> 1) return;
  let newAllocated = (newSize + (newSize >> 3) + 6) & ~3;
  const oldSize = (l.v as PyObject[]).length;
  if (newSize - oldSize > newAllocated - newSize) newAllocated = (newSize + 3) & ~3;
  if (newSize === 0) newAllocated = 0;
  setCapacity(l, newAllocated);
}

/** Reallocate the item array to `capacity` slots (0 frees it). */
export function setCapacity(l: PyObject, capacity: number): void {
  const addr = l.weakrefs as number;
  if (capacity === 0) {
    freeBuffer(addr);
    l.weakrefs = 0;
  } else if (addr === 0) {
    l.weakrefs = allocBuffer(8 * capacity);
  } else {
    l.weakrefs = reallocBuffer(addr, 8 * capacity);
  }
  l.w = capacity;
}

/** list.append (app1): grow by list_resize, then store; takes over the item's reference. */
export function listAppend(l: PyObject, item: PyObject): void {
  const items = l.v as PyObject[];
  if (items.length >= (l.w as number)) listResize(l, items.length + 1);
  items.push(item);
}

function listDealloc(l: PyObject): void {
  if (!trashcanBegin(l)) return;
  gcUntrack(l);
  const items = l.v as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]!);
  freeBuffer(l.weakrefs as number);
  l.v = null;
  l.weakrefs = 0;
  if (l.type === ListType && freeList.length < LIST_MAXFREELIST) {
    freeList.push(l);
    if (rt.registry !== null) rt.registry.delete(l);
  } else {
    freeObject(l);
  }
  trashcanEnd();
}

export function clearListFreeList(): void {
  for (const l of freeList) freeParkedObject(l);
  freeList = [];
}

export function listFreeListCount(): number {
  return freeList.length;
}

const data = typeData(ListType);
data.dealloc = listDealloc;
data.traverse = (l, visit) => {
  const items = l.v as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
};
data.length = (l) => (l.v as PyObject[]).length;
data.sizeof = (l) => 40 + 8 * (l.w as number);
