// The free lists as CPython 3.12.1 leaves them when a program's first line runs.
// Interpreter start-up (site, encodings, importlib) frees dicts, floats, lists and
// tuples onto their free lists, and the program's first allocations are served from
// there: a new 17-tuple costs no block if start-up left one. Measured with
// `python3.12 FILE` (and -c, and stdin: identical) whose first lines are
// `import sys; sys._debugmallocstats()`; the free-list lines of that report are:
//   14 dicts, 3 floats, 9 lists, tuples of size 1..20: 5 8 3 1 1 1 0 0 2 0 1 0 1 1 0 0 1 2 0 0.
// (Dict key tables have a free list too; _debugmallocstats does not show it.)
import { decref, type PyObject } from "../objects/object.js";
import { newDict } from "../objects/dictobject.js";
import { newFloat } from "../objects/floatobject.js";
import { newList } from "../objects/listobject.js";
import { newTuple } from "../objects/tupleobject.js";
import { None } from "../objects/singletons.js";
import { importModule } from "./imports.js";

export const STARTUP_FREE_DICTS = 14;
export const STARTUP_FREE_FLOATS = 3;
export const STARTUP_FREE_LISTS = 9;
/** index n - 1: free tuples of size n */
export const STARTUP_FREE_TUPLES = [5, 8, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0];

/**
 * The state start-up leaves: `sys` exists (CPython creates it first of all, so its
 * objects never come from the free lists a program sees), and the free lists are filled.
 */
export function establishStartupState(): void {
  decref(importModule("sys", None, None));
  seedStartupFreeLists();
}

/** Fill the free lists as start-up leaves them (each object allocated, then freed). */
export function seedStartupFreeLists(): void {
  const made: PyObject[] = [];
  for (let i = 0; i < STARTUP_FREE_DICTS; i++) made.push(newDict());
  for (let i = 0; i < STARTUP_FREE_FLOATS; i++) made.push(newFloat(0.5 + i));
  for (let i = 0; i < STARTUP_FREE_LISTS; i++) made.push(newList([]));
  STARTUP_FREE_TUPLES.forEach((count, index) => {
    for (let i = 0; i < count; i++) made.push(newTuple(new Array<PyObject>(index + 1).fill(None)));
  });
  // Freed only once all exist, so that each lands on its free list instead of being reused.
  for (const o of made) decref(o);
}
