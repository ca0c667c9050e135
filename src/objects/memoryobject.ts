// memoryview (Objects/memoryobject.c), for the one-dimensional unsigned-byte views of
// bytes, bytearray and other memoryviews (format 'B'; cast() and other formats are not
// modelled).
//
// As in CPython two GC objects take part: a managed buffer (128 bytes: `v` the exporter,
// an owned reference; `w` how many views use it) made once per exporter, and the views
// (184 bytes, weakly referenceable), which own a reference to the managed buffer. The
// exporter's buffer is released when its last view is: a bytearray cannot be resized
// while it is exported (byteArrayExports).
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject, objectId } from "./runtime.js";
import { makeStaticType, typeData, typeName, CompareOp, TPFLAGS_HAVE_GC } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { clearWeakrefs } from "./weakrefobject.js";
import { raise, TypeError, ValueError, IndexError, BufferError, NotImplementedError } from "./exceptions.js";
import { NotImplemented, None, pyBool } from "./singletons.js";
import { newInt } from "./longobject.js";
import { newStr } from "./unicodeobject.js";
import { newList } from "./listobject.js";
import { newTuple } from "./tupleobject.js";
import { newBytes, bytesData, isBytes, isByteArray, byteArrayExports, bytesHashOf, setMemoryViewBytes } from "./bytesobject.js";
import { hasIndex, indexValue, sliceIndices } from "./strmethods.js";
import { isSlice } from "./sliceobject.js";

export const ManagedBufferType = makeStaticType("managedbuffer", 112, 0, TPFLAGS_HAVE_GC);
export const MemoryViewType = makeStaticType("memoryview", 144, 8, TPFLAGS_HAVE_GC);
// no tp_vectorcall in 3.12: a call packs its arguments (objects/callargs.ts)
typeData(MemoryViewType).callPacksArgs = true;
export const MemoryIterType = makeStaticType("memory_iterator", 48, 0, TPFLAGS_HAVE_GC);

/** A view: `start`, `step` and `length` select bytes of the exporter's current contents. */
interface View {
  mbuf: PyObject;
  start: number;
  step: number;
  length: number;
  readonly: boolean;
  released: boolean;
  hash: bigint | null;
}

const view = (m: PyObject): View => m.v as View;

// ---- the managed buffer -------------------------------------------------------------------------

/** _PyManagedBuffer_FromObject: take the exporter's buffer (a bytearray counts an export). */
function newManagedBuffer(exporter: PyObject): PyObject {
  const mbuf = allocObject(ManagedBufferType, 128, incref(exporter), 0);
  if (isByteArray(exporter)) byteArrayExports.set(exporter, (byteArrayExports.get(exporter) ?? 0) + 1);
  gcTrack(mbuf);
  return mbuf;
}

/** mbuf_release: the buffer goes back to its exporter (the reference stays until dealloc). */
function releaseManagedBuffer(mbuf: PyObject): void {
  const exporter = mbuf.v as PyObject | null;
  if (exporter === null) return;
  mbuf.v = null;
  gcUntrack(mbuf);
  if (isByteArray(exporter)) {
    const n = byteArrayExports.get(exporter)! - 1;
    if (n === 0) byteArrayExports.delete(exporter);
    else byteArrayExports.set(exporter, n);
  }
  decref(exporter);
}

const mb = typeData(ManagedBufferType);
mb.dealloc = (mbuf) => {
  releaseManagedBuffer(mbuf);
  freeObject(mbuf);
};
mb.traverse = (mbuf, visit) => {
  if (mbuf.v !== null) visit(mbuf.v as PyObject);
};
mb.clear = (mbuf) => releaseManagedBuffer(mbuf);

// ---- views ----------------------------------------------------------------------------------------

function newView(mbuf: PyObject, start: number, step: number, length: number, readonly: boolean): PyObject {
  mbuf.w = (mbuf.w as number) + 1;
  const m = allocObject(MemoryViewType, 184, { mbuf: incref(mbuf), start, step, length, readonly, released: false, hash: null } satisfies View, null);
  gcTrack(m);
  return m;
}

/** PyMemoryView_FromObject */
export function newMemoryView(o: PyObject): PyObject {
  if (o.type === MemoryViewType) {
    const v = live(o);
    return newView(v.mbuf, v.start, v.step, v.length, v.readonly);
  }
  if (!isBytes(o) && !isByteArray(o)) raise(TypeError, `memoryview: a bytes-like object is required, not '${typeName(o)}'`);
  const mbuf = newManagedBuffer(o);
  const m = newView(mbuf, 0, 1, bytesData(o)!.length, !isByteArray(o));
  decref(mbuf);
  return m;
}

setMemoryViewBytes((o) => (o.type === MemoryViewType ? memoryViewBytes(o) : null));

function live(m: PyObject): View {
  const v = view(m);
  if (v.released) raise(ValueError, "operation forbidden on released memoryview object");
  return v;
}

function exporterBytes(v: View): Uint8Array {
  return bytesData(v.mbuf.v as PyObject)!;
}

/** The bytes the view selects, as a new array. */
export function memoryViewBytes(m: PyObject): Uint8Array {
  const v = live(m);
  const src = exporterBytes(v);
  if (v.step === 1) return src.slice(v.start, v.start + v.length);
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = src[v.start + i * v.step]!;
  return out;
}

/** _memory_release */
function release(m: PyObject): void {
  const v = view(m);
  if (v.released) return;
  v.released = true;
  v.mbuf.w = (v.mbuf.w as number) - 1;
  if (v.mbuf.w === 0) releaseManagedBuffer(v.mbuf);
}

function index(v: View, key: PyObject): number {
  let i = Number(indexValue(key)!);
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) raise(IndexError, "index out of bounds on dimension 1");
  return v.start + i * v.step;
}

const d = typeData(MemoryViewType);
d.weakrefSlot = true;
d.new = (_type, args, kwnames) => {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0) {
    const name = (kwnames.v as PyObject[])[0]!.v as string;
    if (name !== "object" || args.length !== 1) raise(TypeError, `memoryview() got an unexpected keyword argument '${name}'`);
  } else if (args.length !== 1) {
    raise(TypeError, args.length === 0 ? "memoryview() missing required argument 'object' (pos 1)" : `memoryview() takes at most 1 argument (${args.length} given)`);
  }
  return newMemoryView(args[0]!);
};
d.dealloc = (m) => {
  gcUntrack(m);
  release(m);
  clearWeakrefs(m);
  decref(view(m).mbuf);
  freeObject(m);
};
d.traverse = (m, visit) => visit(view(m).mbuf);
d.clear = (m) => release(m);
d.sizeof = () => 168;
d.length = (m) => live(m).length;
d.repr = (m) => newStr(`<${view(m).released ? "released " : ""}memory at 0x${objectId(m).toString(16)}>`);
d.getitem = (m, key) => {
  const v = live(m);
  if (hasIndex(key)) return newInt(exporterBytes(v)[index(v, key)]!);
  if (isSlice(key)) {
    const { start, step, length } = sliceIndices(key, v.length);
    return newView(v.mbuf, v.start + start * v.step, v.step * step, length, v.readonly);
  }
  raise(TypeError, "memoryview: invalid slice key");
};
d.setitem = (m, key, value) => {
  const v = live(m);
  if (v.readonly) raise(TypeError, "cannot modify read-only memory");
  if (value === null) raise(TypeError, "cannot delete memory");
  const dst = exporterBytes(v);
  if (hasIndex(key)) {
    const b = hasIndex(value) ? indexValue(value)! : null;
    if (b === null) raise(TypeError, "memoryview: invalid type for format 'B'");
    if (b < 0 || b > 255) raise(ValueError, "memoryview: invalid value for format 'B'");
    dst[index(v, key)] = Number(b);
    return;
  }
  if (!isSlice(key)) raise(TypeError, "memoryview: invalid slice key");
  const { start, step, length } = sliceIndices(key, v.length);
  const src = value.type === MemoryViewType ? memoryViewBytes(value) : bytesData(value);
  if (src === null) raise(TypeError, `a bytes-like object is required, not '${typeName(value)}'`);
  if (src.length !== length) raise(ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  for (let i = 0; i < length; i++) dst[v.start + (start + i * step) * v.step] = src[i]!;
};
d.hash = (m) => {
  const v = live(m);
  if (v.hash !== null) return v.hash;
  if (!v.readonly) raise(ValueError, "cannot hash writable memoryview object");
  v.hash = bytesHashOf(memoryViewBytes(m));
  return v.hash;
};
d.richcompare = (a, b, op) => {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return incref(NotImplemented);
  const va = view(a);
  if (a === b) return pyBool(op === CompareOp.EQ);
  const other = b.type === MemoryViewType ? (view(b).released ? null : memoryViewBytes(b)) : bytesData(b);
  if (other === null && b.type !== MemoryViewType) return incref(NotImplemented);
  // a released view equals only itself
  const equal = !va.released && other !== null && sameBytes(memoryViewBytes(a), other);
  return pyBool(op === CompareOp.EQ ? equal : !equal);
};
d.iter = (m) => {
  live(m);
  const it = allocObject(MemoryIterType, 64, incref(m), 0);
  gcTrack(it);
  return it;
};

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const getters: Record<string, (m: PyObject) => PyObject> = {
  obj: (m) => incref(live(m).mbuf.v as PyObject),
  nbytes: (m) => newInt(live(m).length),
  readonly: (m) => pyBool(live(m).readonly),
  itemsize: (m) => (live(m), newInt(1)),
  format: (m) => (live(m), newStr("B")),
  ndim: (m) => (live(m), newInt(1)),
  shape: (m) => newTuple([newInt(live(m).length)]),
  strides: (m) => newTuple([newInt(live(m).step)]),
  suboffsets: (m) => (live(m), newTuple([])),
  c_contiguous: (m) => pyBool(contiguous(live(m))),
  f_contiguous: (m) => pyBool(contiguous(live(m))),
  contiguous: (m) => pyBool(contiguous(live(m))),
};
for (const [name, get] of Object.entries(getters)) d.getsets[name] = { get };

function contiguous(v: View): boolean {
  return v.step === 1 || v.length <= 1;
}

d.methodDefs["tobytes"] = { kind: "fastkw", fn: (m) => newBytes(memoryViewBytes(m)) };
d.methodDefs["tolist"] = { kind: "noargs", fn: (m) => newList(Array.from(memoryViewBytes(m), (b) => newInt(b))) };
d.methodDefs["hex"] = {
  kind: "noargs",
  fn: (m) => newStr(Array.from(memoryViewBytes(m), (b) => b.toString(16).padStart(2, "0")).join("")),
};
d.methodDefs["release"] = { kind: "noargs", fn: (m) => (release(m), incref(None)) };
d.methodDefs["toreadonly"] = {
  kind: "noargs",
  fn: (m) => {
    const v = live(m);
    return newView(v.mbuf, v.start, v.step, v.length, true);
  },
};
d.methodDefs["cast"] = { kind: "fast", fn: () => raise(NotImplementedError, "memoryview.cast() is not supported by pyarena") };
d.methodDefs["__enter__"] = { kind: "noargs", fn: (m) => (live(m), incref(m)) };
d.methodDefs["__exit__"] = { kind: "fast", fn: (m) => (release(m), incref(None)) };

// ---- memory_iterator ------------------------------------------------------------------------------

const it = typeData(MemoryIterType);
it.dealloc = (o) => {
  gcUntrack(o);
  if (o.v !== null) decref(o.v as PyObject);
  freeObject(o);
};
it.traverse = (o, visit) => {
  if (o.v !== null) visit(o.v as PyObject);
};
it.iter = (o) => incref(o);
it.iternext = (o) => {
  const m = o.v as PyObject | null;
  if (m === null) return null;
  const v = live(m);
  const i = o.w as number;
  if (i >= v.length) {
    o.v = null;
    decref(m);
    return null;
  }
  o.w = i + 1;
  return newInt(exporterBytes(v)[v.start + i * v.step]!);
};

