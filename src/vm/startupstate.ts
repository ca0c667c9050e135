// The free lists as CPython 3.12.1 leaves them when a program's first line runs.
// Interpreter start-up (site, encodings, importlib) frees dicts, floats, lists and
// tuples onto their free lists, and the program's first allocations are served from
// there: a new 17-tuple costs no block if start-up left one. Measured with
// `python3.12 FILE` (and -c, and stdin: identical) whose first lines are
// `import sys; sys._debugmallocstats()`; the free-list lines of that report are:
//   14 dicts, 3 floats, 9 lists, tuples of size 1..20: 5 8 3 1 1 1 0 0 2 0 1 0 1 1 0 0 1 2 0 0.
// The slice cache holds a slice too (a program's first `b[1:2]` allocates no GC object).
// (Dict key tables have a free list too; _debugmallocstats does not show it.)
import { decref, type PyObject } from "../objects/object.js";
import { newDict } from "../objects/dictobject.js";
import { newFloat } from "../objects/floatobject.js";
import { newList } from "../objects/listobject.js";
import { newTuple } from "../objects/tupleobject.js";
import { sliceNew } from "../objects/sliceobject.js";
import { None } from "../objects/singletons.js";
import { importModule } from "./imports.js";
import { generations } from "../objects/gcheader.js";
import { clearFreeLists, gcState, requestCollection } from "../objects/gc.js";
import { rt } from "../objects/runtime.js";
import type { GCList } from "../memory/gclist.js";
import { startProgramVersionTags } from "../objects/versiontags.js";

export const STARTUP_FREE_DICTS = 14;
export const STARTUP_FREE_FLOATS = 3;
export const STARTUP_FREE_LISTS = 9;
/** index n - 1: free tuples of size n */
export const STARTUP_FREE_TUPLES = [5, 8, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0];

/**
 * The state start-up leaves: `sys` exists (CPython creates it first of all, so its
 * objects never come from the free lists a program sees), and the free lists are filled.
 */
export function establishStartupState(session?: { compileAllocations: number; loaderAllocations: number }): void {
  decref(importModule("sys", None, None));
  startProgramVersionTags();
  seedStartupFreeLists();
  establishCollectorState((session?.compileAllocations ?? 0) + (session?.loaderAllocations ?? 0));
}

/**
 * CPython 3.12.1's start-up runs 4 generation-0 collections (24 objects collected) and
 * leaves generation 0 counting towards the next one; compiling the program and (for a
 * file) making its loader add to that count. `python3.12 -c 'import gc;
 * print(gc.get_count())'` reads (691, 4, 0): 670 before the line, 1 from the compiler
 * (src/vm/compilecost.ts) and 20 from the import (src/vm/importcost.ts). The objects
 * start-up made are survivors, in generation 1.
 */
export const STARTUP_GC_COUNT0 = 670;
export const STARTUP_GC_COLLECTIONS = 4;
export const STARTUP_GC_COLLECTED = 24;

function establishCollectorState(programAllocations: number): void {
  const [gen0, gen1] = generations as [GCList, GCList];
  for (let n = gen0.head.gcNext!; n !== gen0.head; n = n.gcNext!) (n as PyObject).gcFlags = ((n as PyObject).gcFlags & ~0x7) | 2;
  gen1.merge(gen0);
  rt.gcCount0 = STARTUP_GC_COUNT0 + programAllocations;
  // over the threshold: the first eval-breaker check collects, as CPython's does
  if (rt.gcCount0 > gcState.thresholds[0]) requestCollection();
  gcState.counts[0] = STARTUP_GC_COLLECTIONS;
  gcState.stats[0]!.collections = STARTUP_GC_COLLECTIONS;
  gcState.stats[0]!.collected = STARTUP_GC_COLLECTED;
}

/**
 * Fill the free lists as start-up leaves them (each object allocated, then freed).
 * What pyarena's own compiler left on them is not what CPython's leaves, so they start empty.
 */
export function seedStartupFreeLists(): void {
  clearFreeLists();
  const made: PyObject[] = [];
  for (let i = 0; i < STARTUP_FREE_DICTS; i++) made.push(newDict());
  for (let i = 0; i < STARTUP_FREE_FLOATS; i++) made.push(newFloat(0.5 + i));
  for (let i = 0; i < STARTUP_FREE_LISTS; i++) made.push(newList([]));
  STARTUP_FREE_TUPLES.forEach((count, index) => {
    for (let i = 0; i < count; i++) made.push(newTuple(new Array<PyObject>(index + 1).fill(None)));
  });
  // start-up's slicing leaves a slice object in the one-slot slice cache
  made.push(sliceNew(null, null, null));
  // Freed only once all exist, so that each lands on its free list instead of being reused.
  for (const o of made) decref(o);
}
