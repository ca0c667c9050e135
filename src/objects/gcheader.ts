// GC tracking of container objects (_PyObject_GC_TRACK / UNTRACK): a tracked object
// is linked into generation 0 until the collector (issue: the cycle collector) moves
// it. The generation lists live here so that every container type can track itself.
import { GCList } from "../memory/gclist.js";
import type { PyObject } from "./object.js";
import { onRuntimeReset } from "./runtime.js";

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
  const gen = (o.gcFlags & GEN_MASK) >> GEN_SHIFT;
  const list = gen >= 1 && gen <= 3 ? generations[gen - 1]! : permanentGeneration;
  list.remove(o as never);
  o.gcFlags &= ~GEN_MASK;
}
