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
  // The object keeps the allocator's handle of its block (a small integer, which V8
  // stores unboxed); id() turns it into the address.
  const addr = rt.heap.mallocHandle(nbytes);
  if (addr === 0) throw new HeapExhausted(nbytes);
  const o = new PyObject(type, addr, v, w);
  // _PyObject_Init: instances of heap types own a reference to their class
  // (PyType_GenericAlloc tracks them at once: every class's instances are GC objects)
  if ((type.v as TypeData).heap !== null) {
    type.rc++;
    trackHook(o);
  }
  if ((type.v as TypeData).isGC) {
    rt.gcCount0++;
    if (rt.onGCAlloc !== null) rt.onGCAlloc();
  }
  if (rt.registry !== null) rt.registry.add(o);
  return o;
}

let trackHook: (o: PyObject) => void = () => {};
/** Installed by gcheader.ts (which imports this module): _PyObject_GC_TRACK. */
export function setTrackHook(fn: (o: PyObject) => void): void {
  trackHook = fn;
}

/** Give an object's block back (PyObject_Free / PyObject_GC_Del). */
export function freeObject(o: PyObject): void {
  rt.heap.freeHandle(o.addr);
  if (tp(o).isGC && rt.gcCount0 > 0) rt.gcCount0--;
  if (rt.registry !== null) rt.registry.delete(o);
}

/** Static objects (outside the heap) keep a real address; heap objects an allocator handle. */
const STATIC_ADDRESSES = 0x1_0000_0000;

/** The address of an object's block. */
export function blockAddress(o: PyObject): number {
  return o.addr >= STATIC_ADDRESSES ? o.addr : rt.heap.addressOf(o.addr);
}

/** id(o): the address of ob_refcnt, after the pre-header in the object's block. */
export function objectId(o: PyObject): number {
  return blockAddress(o) + tp(o).preHeaderSize;
}

/**
 * Allocate a separately owned buffer (list items, dict keys, ...) and return its
 * handle; raises through HeapExhausted. 0 stands for "no buffer".
 */
export function allocBuffer(nbytes: number): number {
  const h = rt.heap.mallocHandle(nbytes);
  if (h === 0) throw new HeapExhausted(nbytes);
  return h;
}

export function reallocBuffer(handle: number, nbytes: number): number {
  const moved = rt.heap.reallocHandle(handle, nbytes);
  if (moved === 0) throw new HeapExhausted(nbytes);
  return moved;
}

export function freeBuffer(handle: number): void {
  if (handle !== 0) rt.heap.freeHandle(handle);
}

/** Give back the block of an object parked on a free list (free list clearing). */
export function freeParkedObject(o: PyObject): void {
  rt.heap.freeHandle(o.addr);
}
