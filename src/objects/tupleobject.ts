// tuple (Objects/tupleobject.c): one block of 40 + 8n bytes (GC header included),
// the immortal empty tuple, and CPython 3.12's free lists: up to 2000 dead tuples of
// each length 1..20 are kept whole (block and all) and handed out again, which is what
// makes `id((x, 2))` repeat. Payload `v`: the items (a JS array owning one reference each).
import { decref, PyObject, incref } from "./object.js";
import { allocObject, freeObject, onRuntimeReset, rt } from "./runtime.js";
import { freeParkedObject } from "./runtime.js";
import { staticObject } from "./singletons.js";
import { TupleType } from "./types.js";
import { tp } from "./typeobject.js";
import { gcUntrack, gcTrack } from "./gcheader.js";
import { trashcanBegin, trashcanEnd } from "./trashcan.js";

export const MAXSAVESIZE = 20;
export const MAXFREELIST = 2000;

/** tuple free lists, indexed by length (index 0 unused: the empty tuple is a singleton) */
let freeLists: PyObject[][] = [];
onRuntimeReset(() => {
  freeLists = Array.from({ length: MAXSAVESIZE + 1 }, () => []);
});
freeLists = Array.from({ length: MAXSAVESIZE + 1 }, () => []);

export const EmptyTuple = staticObject(TupleType, [], 40);

export function tupleSize(n: number): number {
  return 40 + 8 * n;
}

/**
 * A new tuple owning `items` (the caller hands over one reference per item).
 * 3.12.1 quirk (gh-121439, fixed in 3.12.5): a length-20 tuple is put on its free
 * list but never taken from it.
 */
export function newTuple(items: PyObject[]): PyObject {
  const n = items.length;
  if (n === 0) return EmptyTuple;
  if (n < MAXSAVESIZE) {
    const reused = freeLists[n]!.pop();
    if (reused !== undefined) {
      reused.rc = 1;
      reused.v = items;
      if (rt.registry !== null) rt.registry.add(reused);
      gcTrack(reused);
      return reused;
    }
  }
  const t = allocObject(TupleType, tupleSize(n), items, null);
  gcTrack(t);
  return t;
}

/** A tuple of borrowed items: each gets a new reference. */
export function tupleOf(...items: PyObject[]): PyObject {
  for (const item of items) incref(item);
  return newTuple(items);
}

export function tupleItems(t: PyObject): PyObject[] {
  return t.v as PyObject[];
}

function tupleDealloc(t: PyObject): void {
  if (!trashcanBegin(t)) return;
  gcUntrack(t);
  const items = t.v as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]!);
  const n = items.length;
  t.v = null;
  if (t.type === TupleType && n <= MAXSAVESIZE && freeLists[n]!.length < MAXFREELIST) {
    freeLists[n]!.push(t);
    if (rt.registry !== null) rt.registry.delete(t);
  } else {
    freeObject(t);
  }
  trashcanEnd();
}

/** Empty the free lists (every generation-2 collection does, via clear_freelists). */
export function clearTupleFreeLists(): void {
  for (const list of freeLists) {
    for (const t of list) freeParkedObject(t);
    list.length = 0;
  }
}

/** Free-list occupancy per length, for sys._debugmallocstats. */
export function tupleFreeListCounts(): number[] {
  return freeLists.map((l) => l.length);
}

const data = tp(EmptyTuple);
data.dealloc = tupleDealloc;
data.traverse = (t, visit) => {
  const items = t.v as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
};
data.length = (t) => (t.v as PyObject[]).length;
data.sizeof = (t) => 24 + 8 * (t.v as PyObject[]).length;
