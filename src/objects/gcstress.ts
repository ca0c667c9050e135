// PYARENA_DEBUG=stressgc: a collection's analysis after allocations of GC types (at
// the next eval-breaker point, where CPython 3.12 runs the collections allocations
// schedule), like clox's DEBUG_STRESS_GC; gc.ts decides when (generation 0 after every
// allocation, the whole heap as often as a linear budget allows).
//
// A stress collection does steps 3-5 of a collection (update_refs, subtract_refs, and
// the reachability walk of move_unreachable) over the generations it covers (older
// ones count as outside references, as in a real young collection), but frees
// nothing: freeing garbage earlier than CPython would change what programs print
// (`__del__` and callback order, gc.collect() results, counts, id reuse), and the
// differential suite must still match CPython byte for byte under stress. Instead it
// checks the two things an early collection would expose:
//   1. no object is referenced more often than its refcount says (gc_refs < 0): a
//      missing incref, which a real collection would turn into a use-after-free;
//   2. what it found unreachable is never touched again. Each stress collection
//      condemns its garbage (remembering each object's refcount); the next one fails
//      if a condemned object became reachable, was freed or had its refcount changed.
//      A real collection would have cleared those objects with tp_clear, so such a
//      touch means pyarena held a reference it did not count (a missing root).
// Garbage may legitimately be reached through weak paths that CPython also has: a
// weakref's referent, weakref callbacks, gc.get_objects/get_referrers/get_referents,
// gc.freeze and type.__subclasses__. Those call noteWeakReach(), which forgives the
// current condemned set; a real collection forgets it too (it frees or keeps those
// objects by the ordinary rules).
import type { PyObject } from "./object.js";
import { isImmortal } from "./object.js";
import { tp } from "./typeobject.js";
import { generations, GC_COLLECTING } from "./gcheader.js";

/** gcFlags bit for the reachability walk; set only inside stressCollect. */
const REACHED = 1 << 6;

let condemned: PyObject[] = [];
let condemnedRc: number[] = [];
let weakReaches = 0;
let weakReachesAtCondemn = 0;

export function noteWeakReach(): void {
  weakReaches++;
}

export function forgetCondemned(): void {
  condemned = [];
  condemnedRc = [];
}

/** `full`: over every generation, as a full collection; otherwise over generation 0 only. */
export function stressCollect(full: boolean): void {
  const young = full ? [...generations] : [generations[0]!];
  try {
    for (const l of young) updateRefs(l);
    for (const l of young) subtractRefs(l);
    for (const l of young) checkNoNegativeRefs(l);
    markReachable(young);
    if (weakReachesAtCondemn === weakReaches) checkCondemnedUntouched(full);
    condemn(young);
  } finally {
    for (const l of young) for (let n = l.head.gcNext!; n !== l.head; n = n.gcNext!) (n as PyObject).gcFlags &= ~(GC_COLLECTING | REACHED);
  }
}

type List = (typeof generations)[number];

function updateRefs(l: List): void {
  for (let n = l.head.gcNext!; n !== l.head; n = n.gcNext!) {
    const o = n as PyObject;
    o.gcRefs = isImmortal(o) ? 1 << 30 : o.rc;
    o.gcFlags |= GC_COLLECTING;
  }
}

// Objects in the permanent generation are outside the collection, as in CPython: their
// references count as external ones.
function decrementInternal(child: PyObject): void {
  if (child.gcNext !== null && child.gcFlags & GC_COLLECTING) child.gcRefs--;
}

function subtractRefs(l: List): void {
  for (let n = l.head.gcNext!; n !== l.head; n = n.gcNext!) {
    const o = n as PyObject;
    const traverse = tp(o).traverse;
    if (traverse !== null) traverse(o, decrementInternal);
  }
}

function checkNoNegativeRefs(l: List): void {
  for (let n = l.head.gcNext!; n !== l.head; n = n.gcNext!) {
    const o = n as PyObject;
    if (o.gcRefs < 0) throw new Error(`pyarena: stressgc: a ${tp(o).name} object has ${-o.gcRefs} more references than its refcount ${o.rc}`);
  }
}

/** move_unreachable's result without moving anything: REACHED on everything reachable from outside. */
function markReachable(young: List[]): void {
  const stack: PyObject[] = [];
  const visit = (c: PyObject): void => {
    if (c.gcNext === null || (c.gcFlags & (GC_COLLECTING | REACHED)) !== GC_COLLECTING) return;
    c.gcFlags |= REACHED;
    stack.push(c);
  };
  for (const l of young) {
    for (let n = l.head.gcNext!; n !== l.head; n = n.gcNext!) {
      const o = n as PyObject;
      if (o.gcRefs > 0) visit(o);
    }
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    const traverse = tp(o).traverse;
    if (traverse !== null) traverse(o, visit);
  }
}

/**
 * After a young-only analysis a condemned object may look reachable without being so:
 * garbage in an older generation counts as an outside reference. Only a full analysis
 * checks reachability; every analysis checks that nothing freed or touched them.
 */
function checkCondemnedUntouched(full: boolean): void {
  for (let i = 0; i < condemned.length; i++) {
    const o = condemned[i]!;
    const what = `a ${tp(o).name} object the last stress collection found unreachable`;
    if (o.gcNext === null) throw new Error(`pyarena: stressgc: ${what} was freed or untracked without a collection`);
    if (full && o.gcFlags & REACHED) throw new Error(`pyarena: stressgc: ${what} became reachable again (an uncounted reference)`);
    if (o.rc !== condemnedRc[i]) throw new Error(`pyarena: stressgc: ${what} had its refcount changed from ${condemnedRc[i]} to ${o.rc}`);
  }
}

function condemn(young: List[]): void {
  forgetCondemned();
  for (const l of young) {
    for (let n = l.head.gcNext!; n !== l.head; n = n.gcNext!) {
      const o = n as PyObject;
      if ((o.gcFlags & REACHED) === 0) {
        condemned.push(o);
        condemnedRc.push(o.rc);
      }
    }
  }
  weakReachesAtCondemn = weakReaches;
}
