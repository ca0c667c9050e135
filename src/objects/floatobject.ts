// float (Objects/floatobject.c), the core: 24-byte objects and CPython 3.12's free
// list of up to 100 dead floats, whose blocks are handed out again (so `id()` repeats
// and the blocks stay counted by sys.getallocatedblocks). Payload `v`: the number.
import { PyObject } from "./object.js";
import { allocObject, onRuntimeReset, rt } from "./runtime.js";
import { freeParkedObject } from "./runtime.js";
import { FloatType } from "./types.js";
import { typeData } from "./typeobject.js";

export const FLOAT_MAXFREELIST = 100;
let freeList: PyObject[] = [];
onRuntimeReset(() => {
  freeList = [];
});

export function newFloat(x: number): PyObject {
  const reused = freeList.pop();
  if (reused !== undefined) {
    reused.rc = 1;
    reused.v = x;
    if (rt.registry !== null) rt.registry.add(reused);
    return reused;
  }
  return allocObject(FloatType, 24, x, null);
}

function floatDealloc(o: PyObject): void {
  if (o.type === FloatType && freeList.length < FLOAT_MAXFREELIST) {
    freeList.push(o);
    if (rt.registry !== null) rt.registry.delete(o);
    return;
  }
  freeParkedObject(o);
  if (rt.registry !== null) rt.registry.delete(o);
}

export function clearFloatFreeList(): void {
  for (const o of freeList) freeParkedObject(o);
  freeList = [];
}

export function floatFreeListCount(): number {
  return freeList.length;
}

const data = typeData(FloatType);
data.dealloc = floatDealloc;
data.sizeof = () => 24;
