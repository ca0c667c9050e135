// PyObject: the one JS shape every Python object has (CPython's PyObject header plus
// the GC links and a payload). Behaviour lives in the type's slots (typeobject.ts),
// never in JS subclasses: one hidden class keeps every refcount and type access
// monomorphic on V8 (measured ~10× faster than a class per type).
//
// Memory: `addr` is the address of the object's block from the pymalloc model; the
// block holds, like CPython's, the pre-header (GC links, managed dict/weakref words)
// followed by the object. `id()` is the address of ob_refcnt: addr + preheader.

/** ob_refcnt of an immortal object (PEP 683). Kept a V8 small integer; getrefcount reports 4294967295. */
export const IMMORTAL_REFCNT = 1 << 29;
/** Anything at or above this is immortal (increments and decrements around the base never reach 0). */
export const IMMORTAL_THRESHOLD = 1 << 28;
export const IMMORTAL_REPORTED = 4294967295;

export class PyObject {
  /** ob_refcnt */
  rc: number;
  /** ob_type: a type object (whose `v` is its TypeData) */
  type: PyObject;
  /** address of the object's block in the simulated heap (0 for static objects not in the heap) */
  addr: number;
  /** primary payload (per type: number, bigint, string, PyObject[], TypeData, ...) */
  v: any;
  /** secondary payload (per type) */
  w: any;
  /** instance attribute storage (managed dict / inline values), or null */
  dict: PyObject | null;
  /** weak references to this object, or null */
  weakrefs: any;
  // PyGC_Head: collector list links, gc_refs, and state bits (gc.ts).
  gcNext: PyObject | null;
  gcPrev: PyObject | null;
  gcRefs: number;
  gcFlags: number;

  constructor(type: PyObject, addr: number, v: unknown, w: unknown) {
    this.rc = 1;
    this.type = type;
    this.addr = addr;
    this.v = v;
    this.w = w;
    this.dict = null;
    this.weakrefs = null;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
  }
}

export function isImmortal(o: PyObject): boolean {
  return o.rc >= IMMORTAL_THRESHOLD;
}

export function makeImmortal(o: PyObject): PyObject {
  o.rc = IMMORTAL_REFCNT;
  return o;
}

/** Py_INCREF; returns its argument for `return incref(x)` style. */
export function incref<T extends PyObject>(o: T): T {
  o.rc++;
  return o;
}

/**
 * The deallocator is installed by the runtime (refcount.ts) so that this module
 * needs nothing above it; Py_DECREF calls it when the count reaches zero.
 */
export let deallocHook: (o: PyObject) => void = () => {
  throw new Error("pyarena: no deallocator installed");
};

export function setDeallocHook(hook: (o: PyObject) => void): void {
  deallocHook = hook;
}

/** Py_DECREF */
export function decref(o: PyObject): void {
  if (--o.rc === 0) deallocHook(o);
}

/** Py_XDECREF */
export function xdecref(o: PyObject | null): void {
  if (o !== null && --o.rc === 0) deallocHook(o);
}

/**
 * A Python exception in flight through JS code. Native code raises with
 * `throw new PyRaise(exc)`; the eval loop catches it and unwinds Python frames.
 * Not an Error subclass: no JS stack trace is captured (raising stays cheap), and
 * anything thrown that is not a PyRaise is an internal bug (reported as SystemError).
 * The PyRaise owns one reference to `exc`.
 */
export class PyRaise {
  constructor(readonly exc: PyObject) {}
}
