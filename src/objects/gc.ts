// The cyclic garbage collector (Modules/gcmodule.c in 3.12; the steps are numbered as
// in ../shared/spec/gc.md §3). Reference counting frees everything except cycles;
// this finds groups of tracked objects referenced only from each other and breaks
// them with tp_clear, after running their __del__ (PEP 442: at most once per object).
//
// Invariants: outside a collection no object has COLLECTING or TENTATIVE set; each
// tracked object's gcFlags name the list it is in (gcheader.ts), so untracking during
// a collection (an object freed by tp_clear) unlinks it from the right list.
//
// It lives in the objects layer, not in memory/, because every step calls type slots
// (traverse, clear, finalize) and the free lists a full collection empties.
import { GCList } from "../memory/gclist.js";
import { decref, incref, isImmortal, PyObject } from "./object.js";
import { rt, objectId } from "./runtime.js";
import { debugOptions } from "../debug.js";
import { tp, isSubtype, type TypeData } from "./typeobject.js";
import {
  generations, permanentGeneration, GC_FINALIZED, GC_COLLECTING, GC_TENTATIVE, gcUntrack, LIST_PERMANENT, LIST_WORKING, gcListNumber, gcMoveTo, setWorkingList,
} from "./gcheader.js";
import { clearDictFreeLists, dictHoldsTrackable } from "./dictobject.js";
import { TupleType, DictType, TypeType } from "./types.js";
import { hasWeakrefs, detachWeakrefs, runCallbacks, isWeakref, clearWeakrefObject, anyWeakrefs } from "./weakrefobject.js";
import { stressCollect, forgetCondemned } from "./gcstress.js";
import { clearFloatFreeList } from "./floatobject.js";
import { clearListFreeList, newList } from "./listobject.js";
import { clearTupleFreeLists } from "./tupleobject.js";

const COLLECTING = GC_COLLECTING;
const TENTATIVE = GC_TENTATIVE;

export interface GCState {
  enabled: boolean;
  thresholds: [number, number, number];
  /** count[1], count[2]; count[0] is rt.gcCount0 */
  counts: [number, number];
  collecting: boolean;
  /** a collection is due at the next eval-breaker check */
  scheduled: boolean;
  longLivedPending: number;
  longLivedTotal: number;
  stats: { collections: number; collected: number; uncollectable: number }[];
  /** gc.set_debug flags */
  debug: number;
  /** around each collection: gc.callbacks (installed by the gc module) */
  onPhase: ((phase: "start" | "stop", generation: number, collected: number, uncollectable: number) => void) | null;
  /** DEBUG_STATS / DEBUG_COLLECTABLE lines go to sys.stderr (installed by the gc module) */
  write: ((text: string) => void) | null;
  /** DEBUG_SAVEALL: unreachable objects are appended to gc.garbage instead of being cleared */
  saveGarbage: ((o: PyObject) => void) | null;
  /** gc.garbage and gc.callbacks: made at start-up (_PyGC_Init), before the gc module exists */
  garbage: PyObject | null;
  callbacks: PyObject | null;
}

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;

export const gcState: GCState = freshState();

function freshState(): GCState {
  return {
    enabled: true,
    thresholds: [700, 10, 10],
    counts: [0, 0],
    collecting: false,
    scheduled: false,
    longLivedPending: 0,
    longLivedTotal: 0,
    stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })),
    debug: 0,
    onPhase: null,
    write: null,
    saveGarbage: null,
    garbage: null,
    callbacks: null,
  };
}

/**
 * _PyGC_Init makes gc.garbage and gc.callbacks while the interpreter starts, so the
 * first `import gc` takes no list off the free list for them.
 */
export function initCollectorLists(): void {
  gcState.garbage = newList([]);
  gcState.callbacks = newList([]);
}

/** _PyGC_Fini: the interpreter's references to gc.garbage and gc.callbacks go. */
export function releaseCollectorLists(): void {
  const { garbage, callbacks } = gcState;
  gcState.garbage = gcState.callbacks = null;
  if (garbage !== null) decref(garbage);
  if (callbacks !== null) decref(callbacks);
}

export function resetGC(): void {
  Object.assign(gcState, freshState());
  collectionDue = false;
  stressDue = STRESS_NONE;
  allocationsSinceFullStress = allocationsSinceYoungStress = 0;
  rt.onGCAlloc = debugOptions.stressgc ? stressAlloc : scheduleIfDue;
}

/**
 * PYARENA_DEBUG=stressgc: GC allocations ask for stress collections (gcstress.ts) at the
 * next eval breaker. One over generation 0 follows every allocation (while generation 0
 * holds at most YOUNG_BUDGET objects per allocation since the last one, so a program that
 * disables the collector and grows generation 0 stays linear); one over the whole heap
 * follows every allocation while at most FULL_BUDGET objects are tracked, and every
 * (tracked / FULL_BUDGET)-th beyond that. Without the budgets a 1,000,000-deep list chain
 * would take days under stress; with them each allocation costs at most ~2,200 visits.
 */
function stressAlloc(): void {
  scheduleIfDue();
  if (gcState.collecting) return;
  const young = generations[0]!.length;
  const tracked = young + generations[1]!.length + generations[2]!.length;
  if (++allocationsSinceFullStress * FULL_BUDGET >= tracked) {
    allocationsSinceFullStress = allocationsSinceYoungStress = 0;
    stressDue = STRESS_FULL;
  } else if (++allocationsSinceYoungStress * YOUNG_BUDGET >= young && stressDue === STRESS_NONE) {
    allocationsSinceYoungStress = 0;
    stressDue = STRESS_YOUNG;
  } else {
    return;
  }
  gcState.scheduled = true;
}
const YOUNG_BUDGET = 2_000;
const FULL_BUDGET = 200;
const STRESS_NONE = 0;
const STRESS_YOUNG = 1;
const STRESS_FULL = 2;
let allocationsSinceFullStress = 0;
let allocationsSinceYoungStress = 0;
let stressDue = STRESS_NONE;
/** a real collection was asked for (the eval-breaker flag may also be up for a stress check) */
let collectionDue = false;

/** Start-up may leave generation 0 over its threshold: the first eval-breaker check collects. */
export function requestCollection(): void {
  gcState.scheduled = true;
  collectionDue = true;
}

/** Whether a collection waits for the next eval-breaker check. */
export function collectionPending(): boolean {
  return collectionDue;
}

/** Drop a waiting collection: a replayed import (src/vm/importcost.ts) sets the count itself. */
export function cancelCollection(): void {
  collectionDue = false;
}

/** _PyObject_GC_Link's check: schedule a collection once count[0] passes threshold[0]. */
function scheduleIfDue(): void {
  if (rt.gcCount0 > gcState.thresholds[0] && gcState.enabled && gcState.thresholds[0] !== 0 && !gcState.collecting) {
    gcState.scheduled = true;
    collectionDue = true;
  }
}

/** _Py_RunGC / gc_collect_generations: collect the oldest generation over its threshold. */
export function runScheduledCollection(): void {
  gcState.scheduled = false;
  if (stressDue !== STRESS_NONE) {
    stressCollect(stressDue === STRESS_FULL);
    stressDue = STRESS_NONE;
  }
  // only what the allocation check asked for runs, stress or not
  if (!collectionDue) return;
  collectionDue = false;
  if (!gcState.enabled || gcState.collecting) return;
  // threshold 0 turns automatic collection off (a stress check may still have run)
  if (gcState.thresholds[0] === 0) return;
  const count = (g: number) => (g === 0 ? rt.gcCount0 : gcState.counts[g - 1]!);
  for (let g = 2; g >= 0; g--) {
    if (count(g) <= gcState.thresholds[g]!) continue;
    if (g === 2 && gcState.longLivedPending < Math.floor(gcState.longLivedTotal / 4)) continue;
    collectGeneration(g);
    return;
  }
}

/** Collect generation `gen` (and the younger ones); returns the number of objects found unreachable. */
export function collectGeneration(gen: number): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  forgetCondemned();
  try {
    gcState.onPhase?.("start", gen, 0, 0);
    const started = performance.now();
    if (gcState.debug & DEBUG_STATS) writeStatsHeader(gen);
    const m = collectMain(gen);
    if (gcState.debug & DEBUG_STATS) {
      gcState.write?.(`gc: done, ${m} unreachable, 0 uncollectable, ${((performance.now() - started) / 1000).toFixed(4)}s elapsed\n`);
    }
    const s = gcState.stats[gen]!;
    s.collections++;
    s.collected += m;
    gcState.onPhase?.("stop", gen, m, 0);
    return m;
  } finally {
    gcState.collecting = false;
  }
}

function writeStatsHeader(gen: number): void {
  const w = gcState.write;
  if (w === null) return;
  w(`gc: collecting generation ${gen}...\n`);
  w(`gc: objects in each generation: ${generations.map((g) => g.length).join(" ")}\n`);
  w(`gc: objects in permanent generation: ${permanentGeneration.length}\n`);
}

function collectMain(gen: number): number {
  // step 2: counters, then the younger generations join this one
  if (gen < 2) gcState.counts[gen]!++;
  rt.gcCount0 = 0;
  for (let g = 1; g <= gen; g++) gcState.counts[g - 1] = 0;
  const young = generations[gen]!;
  for (let g = 0; g < gen; g++) young.merge(generations[g]!);
  const youngN = gen + 1;
  const oldN = gen < 2 ? gen + 2 : 3;

  updateRefs(young, youngN);
  subtractRefs(young);
  const unreachable = new GCList();
  setWorkingList(unreachable);
  try {
    moveUnreachable(young, youngN);
    // step 6: tuples (and, in full collections, dicts) holding nothing trackable leave the lists
    untrackAtomicContainers(young, gen === 2);
    // step 7: survivors go to the older generation
    for (let n = young.head.gcNext!; n !== young.head; n = n.gcNext!) (n as PyObject).gcFlags &= ~(COLLECTING | TENTATIVE);
    if (gen === 1) gcState.longLivedPending += young.length;
    if (gen < 2) {
      for (let n = young.head.gcNext!; n !== young.head; n = n.gcNext!) relabel(n as PyObject, oldN);
      generations[gen + 1]!.merge(young);
    }
    codeRan = false;
    // DEBUG_COLLECTABLE reports what was found, before callbacks and finalizers run
    if (gcState.debug & DEBUG_COLLECTABLE) {
      reportCollectable(unreachable);
      codeRan = true; // sys.stderr.write may be Python code
    }
    const weakrefsFreed = handleWeakrefs(unreachable);
    finalizeGarbage(unreachable);
    // with no callback or finalizer run, nothing can have been resurrected: every
    // gc_refs would come out 0 and the list keep its order, so the pass is skipped
    if (codeRan) handleResurrected(unreachable, oldN);
    const collected = unreachable.length + weakrefsFreed;
    deleteGarbage(unreachable, oldN);
    if (gen === 2) {
      gcState.longLivedPending = 0;
      gcState.longLivedTotal = generations[2]!.length;
      clearFreeLists();
    }
    return collected;
  } finally {
    setWorkingList(null);
  }
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, and for a tuple only while it is tracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!tp(o).isGC) return false;
  if (o.type === TupleType) return o.gcNext !== null;
  // type_is_gc: only classes (heap types) are GC objects, not the static built-in types
  if (o.type === TypeType || isSubtype(o.type, TypeType)) return (o.v as TypeData).heap !== null;
  return true;
}

/** untrack_tuples / untrack_dicts (_PyTuple_MaybeUntrack, _PyDict_MaybeUntrack). */
function untrackAtomicContainers(young: GCList, dicts: boolean): void {
  // every tuple first (in list order, so a tuple may see an inner one just untracked)...
  for (let n = young.head.gcNext!; n !== young.head;) {
    const o = n as PyObject;
    n = n.gcNext!;
    if (o.type === TupleType && !(o.v as PyObject[]).some(mayBeTracked)) untrackNow(o);
  }
  // ...then, in a full collection, the dicts (which may hold those tuples)
  if (!dicts) return;
  for (let n = young.head.gcNext!; n !== young.head;) {
    const o = n as PyObject;
    n = n.gcNext!;
    if (o.type === DictType && !dictHoldsTrackable(o)) untrackNow(o);
  }
}

function untrackNow(o: PyObject): void {
  o.gcFlags &= ~(COLLECTING | TENTATIVE);
  gcUntrack(o);
}

function relabel(o: PyObject, n: number): void {
  o.gcFlags = (o.gcFlags & ~0x7) | n;
}

/** step 3: gc_refs = refcount; immortal objects go to the permanent generation. */
function updateRefs(young: GCList, youngN: number): void {
  const immortal: PyObject[] = [];
  for (let n = young.head.gcNext!; n !== young.head; n = n.gcNext!) {
    const o = n as PyObject;
    relabel(o, youngN);
    if (isImmortal(o)) {
      immortal.push(o);
      continue;
    }
    o.gcRefs = o.rc;
    o.gcFlags |= COLLECTING;
  }
  for (const o of immortal) gcMoveTo(o, LIST_PERMANENT);
}

// Only tracked objects take part: other objects may use gcFlags for their own state.
function decrementInternal(child: PyObject): void {
  if (child.gcNext !== null && child.gcFlags & COLLECTING) child.gcRefs--;
}

/** step 4: remove the references that come from inside the set. */
function subtractRefs(list: GCList): void {
  for (let n = list.head.gcNext!; n !== list.head; n = n.gcNext!) {
    const o = n as PyObject;
    const traverse = tp(o).traverse;
    if (traverse !== null) traverse(o, decrementInternal);
  }
}

/** step 5: objects still referenced from outside, and all they reach, stay; the rest move out. */
function moveUnreachable(young: GCList, youngN: number): void {
  const visitReachable = (c: PyObject): void => {
    if (c.gcNext === null || (c.gcFlags & COLLECTING) === 0) return;
    if (c.gcFlags & TENTATIVE) {
      // found reachable after all: back to the end of young, to be scanned there
      c.gcFlags &= ~TENTATIVE;
      gcMoveTo(c, youngN);
      c.gcRefs = 1;
    } else if (c.gcRefs === 0) {
      c.gcRefs = 1;
    }
  };
  let node = young.head.gcNext!;
  while (node !== young.head) {
    const o = node as PyObject;
    if (o.gcRefs > 0) {
      const traverse = tp(o).traverse;
      if (traverse !== null) traverse(o, visitReachable);
      node = o.gcNext!;
    } else {
      const next = o.gcNext!;
      gcMoveTo(o, LIST_WORKING);
      o.gcFlags |= TENTATIVE;
      node = next;
    }
  }
}

/**
 * step 10 (handle_weakrefs): weakrefs that are garbage themselves are cleared (their
 * callbacks never run); every weakref to a garbage object dies; then the callbacks of
 * the surviving weakrefs run, before any finalizer.
 */
function handleWeakrefs(unreachable: GCList): number {
  // no live referent has weakrefs: no weakref can be cleared or called back
  if (!anyWeakrefs()) return 0;
  const isGarbage = (o: PyObject) => o.gcNext !== null && gcListNumber(o) === LIST_WORKING;
  for (let n = unreachable.head.gcNext!; n !== unreachable.head; n = n.gcNext!) {
    const o = n as PyObject;
    if (isWeakref(o)) clearWeakrefObject(o);
  }
  const pending: PyObject[] = [];
  for (let n = unreachable.head.gcNext!; n !== unreachable.head; n = n.gcNext!) {
    const o = n as PyObject;
    if (!hasWeakrefs(o)) continue;
    for (const r of detachWeakrefs(o)) {
      if (isGarbage(r)) decref(r);
      else pending.push(r);
    }
  }
  if (pending.length > 0) codeRan = true;
  return runCallbacks(pending);
}

/** Python code (a weakref callback or a finalizer) ran during this collection. */
let codeRan = false;

/** step 11: __del__ of each unreachable object not finalized before. */
function finalizeGarbage(unreachable: GCList): void {
  const pending: PyObject[] = [];
  for (let n = unreachable.head.gcNext!; n !== unreachable.head; n = n.gcNext!) {
    const o = n as PyObject;
    if (tp(o).finalize !== null && (o.gcFlags & GC_FINALIZED) === 0) pending.push(o);
  }
  if (pending.length > 0) codeRan = true;
  for (const o of pending) {
    if (gcListNumber(o) !== LIST_WORKING) continue;
    o.gcFlags |= GC_FINALIZED;
    incref(o);
    try {
      tp(o).finalize!(o);
    } finally {
      decref(o);
    }
  }
}

/** step 12: anything a finalizer made reachable again (and what it reaches) survives. */
function handleResurrected(unreachable: GCList, oldN: number): void {
  for (let n = unreachable.head.gcNext!; n !== unreachable.head; n = n.gcNext!) {
    const o = n as PyObject;
    o.gcRefs = o.rc;
  }
  subtractRefs(unreachable);
  const revive: PyObject[] = [];
  for (let n = unreachable.head.gcNext!; n !== unreachable.head; n = n.gcNext!) if ((n as PyObject).gcRefs > 0) revive.push(n as PyObject);
  while (revive.length > 0) {
    const o = revive.pop()!;
    if (gcListNumber(o) !== LIST_WORKING) continue;
    o.gcFlags &= ~(COLLECTING | TENTATIVE);
    gcMoveTo(o, oldN);
    const traverse = tp(o).traverse;
    if (traverse !== null) {
      traverse(o, (c) => {
        if (c.gcNext !== null && c.gcFlags & TENTATIVE && gcListNumber(c) === LIST_WORKING) revive.push(c);
      });
    }
  }
}

function reportCollectable(unreachable: GCList): void {
  for (let n = unreachable.head.gcNext!; n !== unreachable.head; n = n.gcNext!) {
    const o = n as PyObject;
    gcState.write?.(`gc: collectable <${tp(o).name} 0x${objectId(o).toString(16)}>\n`);
  }
}

/** step 13: tp_clear each object; whatever survives its clear moves to the old generation. */
function deleteGarbage(unreachable: GCList, oldN: number): void {
  while (unreachable.length > 0) {
    const o = unreachable.head.gcNext as PyObject;
    const clear = tp(o).clear;
    if (gcState.debug & DEBUG_SAVEALL && gcState.saveGarbage !== null) {
      gcState.saveGarbage(o);
    } else if (clear !== null) {
      incref(o);
      clear(o);
      decref(o);
    }
    if (unreachable.head.gcNext === o) {
      o.gcFlags &= ~(COLLECTING | TENTATIVE);
      gcMoveTo(o, oldN);
    }
  }
}

/** step 16: a full collection empties the free lists (_PyGC_ClearAllFreeLists). */
export function clearFreeLists(): void {
  clearTupleFreeLists();
  clearFloatFreeList();
  clearListFreeList();
  clearDictFreeLists();
}
