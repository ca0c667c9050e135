// GC tracking of container objects (_PyObject_GC_TRACK / UNTRACK): a tracked object
// is linked into generation 0 until the collector (issue: the cycle collector) moves
// it. The generation lists live here so that every container type can track itself.
import { GCList } from "../memory/gclist.js";
import type { PyObject } from "./object.js";
import { tp } from "./typeobject.js";
import { onRuntimeReset, setTrackHook } from "./runtime.js";

export const generations: GCList[] = [new GCList(), new GCList(), new GCList()];
export const permanentGeneration = new GCList();

/** Which list a tracked object is in, so untrack can unlink it in O(1). */
const GEN_SHIFT = 0;
const GEN_MASK = 0x7;
/** gcFlags bit: the object's __del__ already ran (PEP 442, gc.is_finalized). */
export const GC_FINALIZED = 1 << 3;

onRuntimeReset(() => {
  for (const g of generations) g.merge(new GCList());
  generations.splice(0, 3, new GCList(), new GCList(), new GCList());
});

export function isTracked(o: PyObject): boolean {
  return o.gcNext !== null;
}

export function gcTrack(o: PyObject): void {
  if (o.gcNext !== null) return;
  generations[0]!.append(o as never);
  o.gcFlags = (o.gcFlags & ~GEN_MASK) | (1 << GEN_SHIFT);
}

export function gcUntrack(o: PyObject): void {
  if (o.gcNext === null) return;
  listOf(o).remove(o as never);
  // leaving every list also ends any part in a running collection
  o.gcFlags &= ~(GEN_MASK | GC_COLLECTING | GC_TENTATIVE);
}

/**
 * PyObject_CallFinalizerFromDealloc: the object is revived (refcount 1) for its
 * tp_finalize, marked finalized once that returns (PEP 442: never again), and true is
 * returned when the finalizer left references to it (resurrection; it is tracked again).
 */
export function callFinalizerFromDealloc(o: PyObject): boolean {
  const finalize = tp(o).finalize;
  if (finalize === null || (o.gcFlags & GC_FINALIZED) !== 0) return false;
  o.rc = 1;
  finalize(o);
  o.gcFlags |= GC_FINALIZED;
  if (--o.rc === 0) return false;
  gcTrack(o);
  return true;
}

/** gcFlags bits the collector sets on the objects it is examining (gc.ts). */
export const GC_COLLECTING = 1 << 4;
export const GC_TENTATIVE = 1 << 5;

/** List numbers kept in gcFlags: 1..3 the generations, 4 the permanent one, 5 the collector's working list. */
export const LIST_PERMANENT = 4;
export const LIST_WORKING = 5;
/** The list a collection is currently moving unreachable objects into (gc.ts). */
let workingList: GCList | null = null;
export function setWorkingList(list: GCList | null): void {
  workingList = list;
}

function listOf(o: PyObject): GCList {
  const n = (o.gcFlags & GEN_MASK) >> GEN_SHIFT;
  if (n >= 1 && n <= 3) return generations[n - 1]!;
  if (n === LIST_WORKING && workingList !== null) return workingList;
  return permanentGeneration;
}

/** Move a tracked object to list number `n` (1..3 generations, 4 permanent, 5 working). */
export function gcMoveTo(o: PyObject, n: number): void {
  listOf(o).remove(o as never);
  const target = n >= 1 && n <= 3 ? generations[n - 1]! : n === LIST_WORKING ? workingList! : permanentGeneration;
  target.append(o as never);
  o.gcFlags = (o.gcFlags & ~GEN_MASK) | (n << GEN_SHIFT);
}

/** The generation-list number an object is in (0 when untracked). */
export function gcListNumber(o: PyObject): number {
  return (o.gcFlags & GEN_MASK) >> GEN_SHIFT;
}

setTrackHook(gcTrack);
