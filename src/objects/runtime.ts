// The runtime state every object operation shares (CPython's _PyRuntime and
// interpreter state): the simulated heap, the generation-0 allocation count, the
// registry of live objects the refcount audit walks, and hooks the VM installs.
// One program run = one runtime; `resetRuntime` gives the next run a fresh heap.
import { debugOptions } from "../debug.js";
import { PyMalloc } from "../memory/allocator.js";
import { PyObject } from "./object.js";
import { tp, type TypeData } from "./typeobject.js";

export interface Runtime {
  heap: PyMalloc;
  /** gc generation-0 count: GC objects allocated minus freed (never below 0) */
  gcCount0: number;
  /** called after each GC allocation (the collector schedules collections from here) */
  onGCAlloc: (() => void) | null;
  /** every live heap object, when the refcount audit or heap inspection needs them */
  registry: Set<PyObject> | null;
}

export const rt: Runtime = {
  heap: new PyMalloc(),
  gcCount0: 0,
  onGCAlloc: null,
  registry: debugOptions.refs ? new Set() : null,
};

/** Callbacks run by resetRuntime so each module can drop its per-run caches. */
const resetHooks: (() => void)[] = [];

export function onRuntimeReset(hook: () => void): void {
  resetHooks.push(hook);
}

export function resetRuntime(options: { limit?: number; trackObjects?: boolean } = {}): void {
  rt.heap = new PyMalloc(options.limit !== undefined ? { limit: options.limit } : {});
  rt.gcCount0 = 0;
  rt.onGCAlloc = null;
  rt.registry = debugOptions.refs || options.trackObjects ? new Set() : null;
  for (const hook of resetHooks) hook();
}

/** Raised (as a JS error) when the heap limit refuses an allocation; the VM turns it into MemoryError. */
export class HeapExhausted extends Error {
  constructor(readonly request: number) {
    super(`heap limit reached allocating ${request} bytes`);
  }
}

/**
 * Allocate the block of a new object of `type` (nbytes includes the GC header and
 * managed pre-header, as PyObject_GC_New requests them) and make its header.
 */
export function allocObject(type: PyObject, nbytes: number, v: unknown, w: unknown): PyObject {
  const addr = rt.heap.malloc(nbytes);
  if (addr === 0) throw new HeapExhausted(nbytes);
  const o = new PyObject(type, addr, v, w);
  if ((type.v as TypeData).isGC) {
    rt.gcCount0++;
    if (rt.onGCAlloc !== null) rt.onGCAlloc();
  }
  if (rt.registry !== null) rt.registry.add(o);
  return o;
}

/** Give an object's block back (PyObject_Free / PyObject_GC_Del). */
export function freeObject(o: PyObject): void {
  rt.heap.free(o.addr);
  if (tp(o).isGC && rt.gcCount0 > 0) rt.gcCount0--;
  if (rt.registry !== null) rt.registry.delete(o);
}

/** id(o): the address of ob_refcnt, after the pre-header in the object's block. */
export function objectId(o: PyObject): number {
  return o.addr + tp(o).preHeaderSize;
}

/** Allocate a separately owned buffer (list items, dict keys, ...); raises through HeapExhausted. */
export function allocBuffer(nbytes: number): number {
  const addr = rt.heap.malloc(nbytes);
  if (addr === 0) throw new HeapExhausted(nbytes);
  return addr;
}

export function reallocBuffer(addr: number, nbytes: number): number {
  const moved = rt.heap.realloc(addr, nbytes);
  if (moved === 0) throw new HeapExhausted(nbytes);
  return moved;
}

export function freeBuffer(addr: number): void {
  if (addr !== 0) rt.heap.free(addr);
}
