// Interfaces the memory layer offers to, or needs from, the layers above.
// memory imports nothing from objects or the VM: objects implement these and
// register them (up-calls go through these slots, never through imports).

/** Allocator domains of PEP 445 (PyMemAllocatorDomain). */
export const DOMAIN_RAW = 0;
export const DOMAIN_MEM = 1;
export const DOMAIN_OBJ = 2;
export type AllocDomain = typeof DOMAIN_RAW | typeof DOMAIN_MEM | typeof DOMAIN_OBJ;

/**
 * Told about every successful allocation call, as tracemalloc's hooks are
 * (Python/tracemalloc.c wraps the malloc/realloc/free of all three domains).
 * Sizes are the requested byte counts, not block sizes. Calls made by the
 * allocator on its own behalf (realloc's internal malloc + free) are not reported.
 * tracemalloc records every domain under its trace domain 0.
 */
export interface AllocationObserver {
  onAlloc(domain: AllocDomain, address: number, size: number): void;
  /** A realloc succeeded; newAddress equals oldAddress when the block was resized in place. */
  onRealloc(domain: AllocDomain, oldAddress: number, newAddress: number, newSize: number): void;
  onFree(domain: AllocDomain, address: number): void;
}

/**
 * visitproc of tp_traverse: called for each object the traversed object
 * references; a non-zero result stops the traversal and is returned by it.
 */
export type VisitProc<O, A> = (child: O, arg: A) => number;

/** Per-object callbacks the cycle collector needs (type slots in CPython). */
export interface CollectorHooks<O> {
  /** tp_traverse: visit every directly referenced object; returns the first non-zero visit result or 0. */
  traverse<A>(obj: O, visit: VisitProc<O, A>, arg: A): number;
  /** tp_clear: drop references to break a cycle (may leave the object in a valid but emptied state). */
  clear(obj: O): void;
  /** tp_finalize (PEP 442): run __del__ once; the collector tracks whether it already ran. */
  finalize(obj: O): void;
  /** Whether the object has a finalizer to call (a __del__ or tp_finalize slot). */
  hasFinalizer(obj: O): boolean;
}

/** Per-object callbacks reference counting needs. */
export interface RefcountHooks<O> {
  /** tp_dealloc: called when the count reaches zero; frees the object's blocks through the allocator. */
  dealloc(obj: O): void;
}

/** What heap inspection and sys.getsizeof need to know about an object. */
export interface SizeHooks<O> {
  /** __sizeof__ in bytes, before the GC header that sys.getsizeof adds. */
  sizeOf(obj: O): number;
  /** Address of the object's header block as the allocator handed it out. */
  addressOf(obj: O): number;
}
