// The array module (Modules/arraymodule.c, CPython 3.12): array.array, a mutable
// sequence of C values of one type, and its iterator.
//
// Memory, as in CPython: the array object is a 64-byte GC object (80-byte block) whose
// items live in a separately allocated buffer (PyMem_Malloc: `handle`, 0 for NULL) of
// `allocated` items. newarrayobject allocates exactly `size` items; array_resize
// allocates newsize + newsize/16 + 3 (+ 7 when the old size was 8 or more) and keeps
// the buffer while it is big enough and fewer than 16 items go; __sizeof__ = basicsize + allocated × itemsize. The items
// are kept as the bytes CPython would hold (little-endian, wchar_t = 4 bytes), so
// tobytes/frombytes/byteswap see the machine layout.
//
// Payload: `v` an ArrData; `w` the __slots__ values of a subclass (slotsInW). Arrays
// can be weakly referenced (weakreflist), so `weakrefs` is left to the weakref machinery.
//
// CPython 3.12.1's leak of the wide-character buffer of array('u', '') is reproduced.
// Not modelled: the buffer protocol (bytes(a) and bytearray(a) iterate instead of
// copying the machine bytes; memoryview; the exports count only exists for
// a.frombytes(a)), the array.__new__ audit event, __class_getitem__.
import { decref, incref, PyObject } from "../objects/object.js";
import {
  raise, raiseEmpty, TypeError, ValueError, IndexError, OverflowError, MemoryError, RuntimeError, EOFError, BufferError,
} from "../objects/exceptions.js";
import { None, NotImplemented, pyBool } from "../objects/singletons.js";
import { newInt, normInt } from "../objects/longobject.js";
import { newFloat } from "../objects/floatobject.js";
import { floatValue } from "../objects/floatmethods.js";
import { newList, listItems } from "../objects/listobject.js";
import { newTuple, tupleItems, EmptyTuple } from "../objects/tupleobject.js";
import { newDict, dictSetItem, dictGetItemStr } from "../objects/dictobject.js";
import { newStr, internStr } from "../objects/unicodeobject.js";
import { newBytes, bytesData } from "../objects/bytesobject.js";
import {
  makeStaticType, typeData, typeName, tp, isSubtype, CompareOp, TypeType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type MethodDef,
} from "../objects/typeobject.js";
import { ListType, TupleType, BytesType } from "../objects/types.js";
import { allocObject, freeObject, allocBuffer, reallocBuffer, freeBuffer, rt } from "../objects/runtime.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { clearWeakrefs } from "../objects/weakrefobject.js";
import { newModule } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { hasIndex, indexValue, asIndex, asSsize, isIntObject, isSlice, sliceIndicesFor } from "../objects/sliceobject.js";
import { isStr, isFloat, intToDouble, checkPositional } from "../objects/intmethods.js";
import * as abs from "../objects/abstract.js";
import { registerModule, loadedModules } from "../vm/imports.js";
import { threadState } from "../vm/threadstate.js";

// ---- item descriptors (struct arraydescr) -------------------------------------------------

type CValue = number | bigint;

interface Descr {
  code: string;
  itemsize: number;
  /** the raw C value at byte offset `off` */
  read: (view: DataView, off: number) => CValue;
  write: (view: DataView, off: number, x: CValue) => void;
  /** the setitem conversion: the C value of a Python object, or the error CPython raises */
  conv: (v: PyObject) => CValue;
  /** the getitem conversion: a new Python object for a C value */
  box: (x: CValue) => PyObject;
  /** compareitems != NULL: equal typecodes compare their C values directly */
  compareItems: boolean;
  isInteger: boolean;
  isSigned: boolean;
  /** typecode_to_mformat_code on x86-64 Linux */
  mformat: number;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** PyLong_AsLong through PyArg_Parse ('b', 'h', 'i', 'l' formats). */
function asCLong(v: PyObject): CValue {
  const x = indexValue(v);
  if (typeof x === "bigint" && (x < LONG_MIN || x > LONG_MAX)) raise(OverflowError, "Python int too large to convert to C long");
  return x;
}

/** PyArg_Parse 'h': a C short. */
function asShort(v: PyObject): number {
  const x = asCLong(v);
  if (x < -32768) raise(OverflowError, "signed short integer is less than minimum");
  if (x > 32767) raise(OverflowError, "signed short integer is greater than maximum");
  return Number(x);
}

/** PyArg_Parse 'i': a C int. */
function asInt(v: PyObject): number {
  const x = asCLong(v);
  if (x < -2147483648) raise(OverflowError, "signed integer is less than minimum");
  if (x > 2147483647) raise(OverflowError, "signed integer is greater than maximum");
  return Number(x);
}

/** _PyNumber_Index + PyLong_AsUnsignedLong ('I' and 'L'). */
function asUnsignedLong(v: PyObject): CValue {
  const x = indexValue(v);
  if (x < 0) raise(OverflowError, "can't convert negative value to unsigned int");
  if (x > ULONG_MAX) raise(OverflowError, "Python int too large to convert to C unsigned long");
  return x;
}

/** PyFloat_AsDouble through PyArg_Parse 'f' / 'd'. */
function asDouble(v: PyObject): number {
  if (isFloat(v)) return v.v as number;
  const t = tp(v);
  if (t.float === null) {
    if (t.index !== null) return intToDouble(indexValue(v));
    raise(TypeError, `must be real number, not ${typeName(v)}`);
  }
  return floatValue(v);
}

const boxInt = (x: CValue): PyObject => newInt(typeof x === "bigint" ? normInt(x) : x);
const boxFloat = (x: CValue): PyObject => newFloat(x as number);

/** PyUnicode_FromOrdinal */
function boxChar(x: CValue): PyObject {
  const cp = x as number;
  if (cp < 0 || cp > 0x10ffff) raise(ValueError, "chr() arg not in range(0x110000)");
  return newStr(String.fromCodePoint(cp));
}

/** u_setitem: PyArg_Parse "U", then exactly one wchar_t. */
function convChar(v: PyObject): CValue {
  if (!isStr(v)) raise(TypeError, "array item must be unicode character");
  const chars = [...(v.v as string)];
  if (chars.length !== 1) raise(TypeError, "array item must be unicode character");
  return chars[0]!.codePointAt(0)!;
}

function intDescr(code: string, itemsize: number, signed: boolean, mformat: number, conv: (v: PyObject) => CValue): Descr {
  let read: Descr["read"];
  let write: Descr["write"];
  switch (itemsize) {
    case 1:
      read = signed ? (dv, o) => dv.getInt8(o) : (dv, o) => dv.getUint8(o);
      write = signed ? (dv, o, x) => dv.setInt8(o, Number(x)) : (dv, o, x) => dv.setUint8(o, Number(x));
      break;
    case 2:
      read = signed ? (dv, o) => dv.getInt16(o, true) : (dv, o) => dv.getUint16(o, true);
      write = signed ? (dv, o, x) => dv.setInt16(o, Number(x), true) : (dv, o, x) => dv.setUint16(o, Number(x), true);
      break;
    case 4:
      read = signed ? (dv, o) => dv.getInt32(o, true) : (dv, o) => dv.getUint32(o, true);
      write = signed ? (dv, o, x) => dv.setInt32(o, Number(x), true) : (dv, o, x) => dv.setUint32(o, Number(x), true);
      break;
    default:
      read = signed ? (dv, o) => normInt(dv.getBigInt64(o, true)) : (dv, o) => normInt(dv.getBigUint64(o, true));
      write = signed ? (dv, o, x) => dv.setBigInt64(o, BigInt(x), true) : (dv, o, x) => dv.setBigUint64(o, BigInt(x), true);
  }
  return { code, itemsize, read, write, conv, box: boxInt, compareItems: true, isInteger: true, isSigned: signed, mformat };
}

const DESCRIPTORS: Descr[] = [
  intDescr("b", 1, true, 1, (v) => {
    const x = asShort(v);
    if (x < -128) raise(OverflowError, "signed char is less than minimum");
    if (x > 127) raise(OverflowError, "signed char is greater than maximum");
    return x;
  }),
  intDescr("B", 1, false, 0, (v) => {
    const x = asCLong(v);
    if (x < 0) raise(OverflowError, "unsigned byte integer is less than minimum");
    if (x > 255) raise(OverflowError, "unsigned byte integer is greater than maximum");
    return Number(x);
  }),
  {
    code: "u", itemsize: 4, compareItems: true, isInteger: false, isSigned: false, mformat: 20,
    read: (dv, o) => dv.getInt32(o, true),
    write: (dv, o, x) => dv.setInt32(o, Number(x), true),
    conv: convChar,
    box: boxChar,
  },
  intDescr("h", 2, true, 4, asShort),
  intDescr("H", 2, false, 2, (v) => {
    const x = asInt(v);
    if (x < 0) raise(OverflowError, "unsigned short is less than minimum");
    if (x > 65535) raise(OverflowError, "unsigned short is greater than maximum");
    return x;
  }),
  intDescr("i", 4, true, 8, asInt),
  intDescr("I", 4, false, 6, (v) => {
    const x = asUnsignedLong(v);
    if (x > 0xffffffff) raise(OverflowError, "unsigned int is greater than maximum");
    return x;
  }),
  intDescr("l", 8, true, 12, asCLong),
  intDescr("L", 8, false, 10, asUnsignedLong),
  intDescr("q", 8, true, 12, (v) => {
    const x = indexValue(v);
    if (x < LONG_MIN || x > LONG_MAX) raise(OverflowError, "int too big to convert");
    return x;
  }),
  intDescr("Q", 8, false, 10, (v) => {
    const x = indexValue(v);
    if (x < 0) raise(OverflowError, "can't convert negative int to unsigned");
    if (x > ULONG_MAX) raise(OverflowError, "int too big to convert");
    return x;
  }),
  {
    code: "f", itemsize: 4, compareItems: false, isInteger: false, isSigned: false, mformat: 14,
    read: (dv, o) => dv.getFloat32(o, true),
    write: (dv, o, x) => dv.setFloat32(o, x as number, true),
    conv: asDouble,
    box: boxFloat,
  },
  {
    code: "d", itemsize: 8, compareItems: false, isInteger: false, isSigned: false, mformat: 16,
    read: (dv, o) => dv.getFloat64(o, true),
    write: (dv, o, x) => dv.setFloat64(o, x as number, true),
    conv: asDouble,
    box: boxFloat,
  },
];
const BY_CODE = new Map(DESCRIPTORS.map((d) => [d.code, d]));
const TYPECODES = DESCRIPTORS.map((d) => d.code).join("");

// ---- the object --------------------------------------------------------------------------------

const EMPTY = new Uint8Array(0);
/** Larger buffers fail with MemoryError, as malloc would (JS typed arrays stop near 2 GiB). */
const MAX_BYTES = 2 ** 31 - 1;

class ArrData {
  /** Py_SIZE */
  size = 0;
  /** items the buffer holds (CPython's `allocated`) */
  allocated = 0;
  /** allocator handle of ob_item (0: NULL) */
  handle = 0;
  /** the items' bytes (at least allocated × itemsize long) */
  bytes: Uint8Array = EMPTY;
  view: DataView = new DataView(EMPTY.buffer);
  constructor(readonly descr: Descr) {}

  setBytes(b: Uint8Array): void {
    this.bytes = b;
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }

  get(i: number): PyObject {
    return this.descr.box(this.descr.read(this.view, i * this.descr.itemsize));
  }

  raw(i: number): CValue {
    return this.descr.read(this.view, i * this.descr.itemsize);
  }

  put(i: number, x: CValue): void {
    this.descr.write(this.view, i * this.descr.itemsize, x);
  }

  /** the bytes of the items in use */
  contents(): Uint8Array {
    return this.bytes.subarray(0, this.size * this.descr.itemsize);
  }
}

export const ArrayType = makeStaticType("array.array", 64, 0, TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC);
// no tp_vectorcall in 3.12: a call packs its arguments (objects/callargs.ts)
typeData(ArrayType).callPacksArgs = true;
export const ArrayIterType = makeStaticType("array.arrayiterator", 40, 0, TPFLAGS_HAVE_GC);

function arr(o: PyObject): ArrData {
  return o.v as ArrData;
}

export function isArray(o: PyObject): boolean {
  return o.type === ArrayType || isSubtype(o.type, ArrayType);
}

function checkBytes(nitems: number, itemsize: number): number {
  const n = nitems * itemsize;
  if (n > MAX_BYTES) raiseEmpty(MemoryError);
  return n;
}

/** newarrayobject: tp_alloc, then a buffer of exactly `size` items (none when empty). */
function newArrayObject(type: PyObject, size: number, descr: Descr): PyObject {
  const nbytes = checkBytes(size, descr.itemsize);
  const td = typeData(type);
  const slots = td.heap?.slotCount ?? 0;
  const a = new ArrData(descr);
  const o = allocObject(type, td.basicsize + td.preHeaderSize, a, slots > 0 ? new Array<PyObject | null>(slots).fill(null) : null);
  gcTrack(o);
  if (size > 0) {
    try {
      a.handle = allocBuffer(nbytes);
    } catch (e) {
      decref(o);
      throw e;
    }
    a.setBytes(new Uint8Array(nbytes));
    a.size = size;
    a.allocated = size;
  }
  return o;
}

/** Reallocate ob_item to `items` items (PyMem_RESIZE; the old contents are kept). */
function reallocItems(a: ArrData, items: number): void {
  const nbytes = checkBytes(items, a.descr.itemsize);
  a.handle = a.handle === 0 ? allocBuffer(nbytes) : reallocBuffer(a.handle, nbytes);
  const b = new Uint8Array(nbytes);
  b.set(a.bytes.subarray(0, Math.min(a.bytes.length, nbytes)));
  a.setBytes(b);
  a.allocated = items;
}

/** array_resize */
function arrayResize(a: ArrData, newsize: number): void {
  if (a.allocated >= newsize && a.size < newsize + 16 && a.handle !== 0) {
    a.size = newsize;
    return;
  }
  if (newsize === 0) {
    freeBuffer(a.handle);
    a.handle = 0;
    a.setBytes(EMPTY);
    a.size = 0;
    a.allocated = 0;
    return;
  }
  const newAllocated = Math.floor(newsize / 16) + (a.size < 8 ? 3 : 7) + newsize;
  reallocItems(a, newAllocated);
  a.size = newsize;
}

/** ins1: convert (to check), grow, make room, convert again and store. */
function ins1(o: PyObject, where: number, v: PyObject): void {
  const a = arr(o);
  const n = a.size;
  a.descr.conv(v);
  arrayResize(a, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const is = a.descr.itemsize;
  if (where !== n) a.bytes.copyWithin((where + 1) * is, where * is, n * is);
  a.put(where, a.descr.conv(v));
}

/** array_del_slice */
function delSlice(a: ArrData, ilow: number, ihigh: number): void {
  const size = a.size;
  ilow = Math.min(Math.max(ilow, 0), size);
  ihigh = Math.min(Math.max(ihigh, ilow), size);
  const d = ihigh - ilow;
  if (d > 0) {
    const is = a.descr.itemsize;
    a.bytes.copyWithin(ilow * is, ihigh * is, size * is);
    arrayResize(a, size - d);
  }
}

/** array_slice: always an array.array (not the subclass). */
function arraySlice(o: PyObject, ilow: number, ihigh: number): PyObject {
  const a = arr(o);
  ilow = Math.min(Math.max(ilow, 0), a.size);
  ihigh = Math.min(Math.max(ihigh, ilow), a.size);
  const np = newArrayObject(ArrayType, ihigh - ilow, a.descr);
  const is = a.descr.itemsize;
  if (ihigh > ilow) arr(np).bytes.set(a.bytes.subarray(ilow * is, ihigh * is));
  return np;
}

function frombytes(o: PyObject, data: Uint8Array): void {
  const a = arr(o);
  const is = a.descr.itemsize;
  if (data.length % is !== 0) raise(ValueError, "bytes length not a multiple of item size");
  const n = data.length / is;
  if (n > 0) {
    const copy = data.slice();
    const old = a.size;
    arrayResize(a, old + n);
    a.bytes.set(copy, old * is);
  }
}

function iterExtend(o: PyObject, iterable: PyObject): void {
  const it = abs.getIter(iterable);
  try {
    for (let v = abs.iterNext(it); v !== null; v = abs.iterNext(it)) {
      try {
        ins1(o, arr(o).size, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** array_do_extend */
function doExtend(o: PyObject, bb: PyObject): void {
  if (!isArray(bb)) {
    iterExtend(o, bb);
    return;
  }
  const a = arr(o);
  const b = arr(bb);
  if (a.descr !== b.descr) raise(TypeError, "can only extend with array of same kind");
  const oldsize = a.size;
  const add = b.contents().slice();
  arrayResize(a, oldsize + add.length / a.descr.itemsize);
  a.bytes.set(add, oldsize * a.descr.itemsize);
}

function toList(o: PyObject): PyObject {
  const a = arr(o);
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < a.size; i++) items.push(a.get(i));
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  }
  return newList(items);
}

/** PyUnicode_FromWideChar over the items of a 'u' array. */
function toUnicode(o: PyObject): PyObject {
  const a = arr(o);
  let s = "";
  for (let i = 0; i < a.size; i++) {
    const cp = a.raw(i) as number;
    if (cp < 0 || cp > 0x10ffff) raise(ValueError, `character U+${(cp >>> 0).toString(16)} is not in range [U+0000; U+10ffff]`);
    s += String.fromCodePoint(cp);
  }
  return newStr(s);
}

/** _PyType_Name: the part of tp_name after the last dot. */
function shortName(type: PyObject): string {
  const name = typeData(type).name;
  return name.slice(name.lastIndexOf(".") + 1);
}

function arrayRepr(o: PyObject): PyObject {
  const a = arr(o);
  const name = shortName(o.type);
  if (a.size === 0) return newStr(`${name}('${a.descr.code}')`);
  const v = a.descr.code === "u" ? toUnicode(o) : toList(o);
  try {
    return newStr(`${name}('${a.descr.code}', ${abs.reprText(v)})`);
  } finally {
    decref(v);
  }
}

function compareResult(op: CompareOp, c: number): boolean {
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    default: return c >= 0;
  }
}

function arrayRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isArray(v) || !isArray(w)) return incref(NotImplemented);
  const va = arr(v);
  const wa = arr(w);
  if (va.size !== wa.size && (op === CompareOp.EQ || op === CompareOp.NE)) return pyBool(op === CompareOp.NE);
  if (va.descr === wa.descr && va.descr.compareItems) {
    const n = Math.min(va.size, wa.size);
    for (let i = 0; i < n; i++) {
      const x = va.raw(i);
      const y = wa.raw(i);
      if (x !== y) return pyBool(compareResult(op, x < y ? -1 : 1));
    }
    return pyBool(compareResult(op, va.size - wa.size));
  }
  for (let i = 0; i < va.size && i < wa.size; i++) {
    const vi = va.get(i);
    let wi: PyObject;
    try {
      wi = wa.get(i);
    } catch (e) {
      decref(vi);
      throw e;
    }
    try {
      if (!abs.richCompareBool(vi, wi, CompareOp.EQ)) {
        if (op === CompareOp.EQ) return pyBool(false);
        if (op === CompareOp.NE) return pyBool(true);
        return abs.richCompare(vi, wi, op);
      }
    } finally {
      decref(vi);
      decref(wi);
    }
  }
  return pyBool(compareResult(op, va.size - wa.size));
}

// ---- subscripts -----------------------------------------------------------------------------

function arraySubscript(o: PyObject, item: PyObject): PyObject {
  const a = arr(o);
  if (hasIndex(item)) {
    let i = asIndex(item);
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) raise(IndexError, "array index out of range");
    return a.get(i);
  }
  if (isSlice(item)) {
    const { start, step, length } = sliceIndicesFor(item, a.size);
    if (length <= 0) return newArrayObject(ArrayType, 0, a.descr);
    const np = newArrayObject(ArrayType, length, a.descr);
    const is = a.descr.itemsize;
    const dst = arr(np).bytes;
    if (step === 1) dst.set(a.bytes.subarray(start * is, (start + length) * is));
    else for (let i = 0, cur = start; i < length; i++, cur += step) dst.set(a.bytes.subarray(cur * is, (cur + 1) * is), i * is);
    return np;
  }
  raise(TypeError, "array indices must be integers");
}

/** array_ass_subscr (value null: delete) */
function arrayAssSubscript(o: PyObject, item: PyObject, value: PyObject | null): void {
  const a = arr(o);
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (hasIndex(item)) {
    let i = asIndex(item);
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) raise(IndexError, "array assignment index out of range");
    if (value !== null) {
      a.put(i, a.descr.conv(value));
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (isSlice(item)) {
    ({ start, stop, step, length: slicelength } = sliceIndicesFor(item, a.size));
  } else {
    raise(TypeError, "array indices must be integers");
  }
  let other: ArrData | null = null;
  let needed = 0;
  if (value !== null) {
    if (!isArray(value)) raise(TypeError, `can only assign array (not "${typeName(value)}") to array slice`);
    if (value === o) {
      // self[i:j] = self: copy self first
      const copy = arraySlice(o, 0, a.size);
      try {
        arrayAssSubscript(o, item, copy);
      } finally {
        decref(copy);
      }
      return;
    }
    other = arr(value);
    needed = other.size;
    if (other.descr !== a.descr) raise(TypeError, "bad argument type for built-in operation");
  }
  const is = a.descr.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  const size = a.size;
  if (step === 1) {
    if (slicelength > needed) {
      a.bytes.copyWithin((start + needed) * is, stop * is, size * is);
      arrayResize(a, size + needed - slicelength);
    } else if (slicelength < needed) {
      arrayResize(a, size + needed - slicelength);
      a.bytes.copyWithin((start + needed) * is, stop * is, size * is);
    }
    if (needed > 0) a.bytes.set(other!.bytes.subarray(0, needed * is), start * is);
    return;
  }
  if (needed === 0) {
    const gone = new Set<number>();
    for (let i = 0, cur = start; i < slicelength; i++, cur += step) gone.add(cur);
    let j = 0;
    for (let i = 0; i < size; i++) {
      if (gone.has(i)) continue;
      if (i !== j) a.bytes.copyWithin(j * is, i * is, (i + 1) * is);
      j++;
    }
    arrayResize(a, size - slicelength);
    return;
  }
  if (needed !== slicelength) raise(ValueError, `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  for (let i = 0, cur = start; i < slicelength; i++, cur += step) a.bytes.set(other!.bytes.subarray(i * is, (i + 1) * is), cur * is);
}

// ---- sequence operations ----------------------------------------------------------------------

function arrayConcat(o: PyObject, bb: PyObject): PyObject {
  if (!isArray(bb)) raise(TypeError, `can only append array (not "${typeName(bb)}") to array`);
  const a = arr(o);
  const b = arr(bb);
  if (a.descr !== b.descr) raise(TypeError, "bad argument type for built-in operation");
  const np = newArrayObject(ArrayType, a.size + b.size, a.descr);
  const dst = arr(np).bytes;
  dst.set(a.contents());
  dst.set(b.contents(), a.size * a.descr.itemsize);
  return np;
}

function fillRepeated(dst: Uint8Array, src: Uint8Array, n: number): void {
  const block = src.slice();
  for (let i = 0; i < n; i++) dst.set(block, i * block.length);
}

function arrayRepeat(o: PyObject, n: number): PyObject {
  const a = arr(o);
  if (n < 0) n = 0;
  const size = a.size * n;
  checkBytes(size, a.descr.itemsize);
  const np = newArrayObject(ArrayType, size, a.descr);
  if (size > 0) fillRepeated(arr(np).bytes, a.contents(), n);
  return np;
}

function arrayInplaceRepeat(o: PyObject, n: number): PyObject {
  const a = arr(o);
  if (a.size > 0) {
    if (n < 0) n = 0;
    const block = a.contents().slice();
    checkBytes(a.size * n, a.descr.itemsize);
    arrayResize(a, n * a.size);
    if (n > 0) fillRepeated(a.bytes, block, n);
  }
  return incref(o);
}

function arrayContains(o: PyObject, v: PyObject): boolean {
  const a = arr(o);
  for (let i = 0; i < a.size; i++) {
    const x = a.get(i);
    try {
      if (abs.richCompareBool(x, v, CompareOp.EQ)) return true;
    } finally {
      decref(x);
    }
  }
  return false;
}

/** The first index in [start, stop) whose item equals v, or -1 (the size is re-read each time). */
function findItem(o: PyObject, v: PyObject, start: number, stop: number): number {
  const a = arr(o);
  for (let i = start; i < stop && i < a.size; i++) {
    const x = a.get(i);
    try {
      if (abs.richCompareBool(x, v, CompareOp.EQ)) return i;
    } finally {
      decref(x);
    }
  }
  return -1;
}

// ---- argument handling ------------------------------------------------------------------------

function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `array.${name}() takes no keyword arguments`);
}

/** METH_NOARGS, with the errors naming the method as array.<name>() */
function noargs(name: string, fn: (self: PyObject) => PyObject): MethodDef {
  return {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      noKeywords(name, kwnames);
      if (args.length !== 0) raise(TypeError, `array.${name}() takes no arguments (${args.length} given)`);
      return fn(self);
    },
  };
}

/** METH_O */
function onearg(name: string, fn: (self: PyObject, arg: PyObject) => PyObject): MethodDef {
  return {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      noKeywords(name, kwnames);
      if (args.length !== 1) raise(TypeError, `array.${name}() takes exactly one argument (${args.length} given)`);
      return fn(self, args[0]!);
    },
  };
}

/** METH_FASTCALL (Argument Clinic, positional only) */
function fastcall(name: string, min: number, max: number, fn: (self: PyObject, args: PyObject[]) => PyObject): MethodDef {
  return {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      noKeywords(name, kwnames);
      checkPositional(name, args.length, min, max);
      return fn(self, args);
    },
  };
}

/** METH_METHOD | METH_FASTCALL | METH_KEYWORDS with only positional-only parameters (_PyArg_UnpackKeywords). */
function withClass(name: string, n: number, fn: (self: PyObject, args: PyObject[]) => PyObject): MethodDef {
  return {
    kind: "fastkw",
    fn: (self, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const nargs = args.length - nkw;
      if (args.length > n) {
        raise(TypeError, `${name}() takes at most ${n} ${nargs === 0 ? "keyword " : ""}argument${n === 1 ? "" : "s"} (${args.length} given)`);
      }
      if (nargs < n) raise(TypeError, `${name}() takes exactly ${n} positional argument${n === 1 ? "" : "s"} (${nargs} given)`);
      return fn(self, args);
    },
  };
}

/** The Py_ssize_t converter of Argument Clinic (_PyNumber_Index + PyLong_AsSsize_t). */
function ssizeArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === "bigint" && (v < LONG_MIN || v > LONG_MAX)) raise(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** slice_index(accept={int}): _PyEval_SliceIndexNotNone */
function sliceIndexNotNone(o: PyObject): number {
  if (!hasIndex(o)) raise(TypeError, "slice indices must be integers or have an __index__ method");
  return asSsize(o, null);
}

/** The bytes of a bytes-like argument (Py_buffer), or null. */
function bufferBytes(o: PyObject): Uint8Array | null {
  const d = bytesData(o);
  if (d !== null) return d;
  if (isArray(o)) {
    if (arr(o).descr.itemsize !== 1) raise(TypeError, "a bytes-like object is required");
    return arr(o).contents();
  }
  return null;
}

function none(): PyObject {
  return incref(None);
}

// ---- methods --------------------------------------------------------------------------------

function arrayReconstructor(): PyObject {
  const m = loadedModules().get("array");
  const f = m === undefined || m.dict === null ? null : dictGetItemStr(m.dict, "_array_reconstructor");
  if (f === null) raise(RuntimeError, "array._array_reconstructor is not available");
  return incref(f);
}

const METHODS: Record<string, MethodDef> = {
  append: onearg("append", (self, v) => {
    ins1(self, arr(self).size, v);
    return none();
  }),
  buffer_info: noargs("buffer_info", (self) => {
    const a = arr(self);
    return newTuple([newInt(a.handle === 0 ? 0 : rt.heap.addressOf(a.handle)), newInt(a.size)]);
  }),
  byteswap: noargs("byteswap", (self) => {
    const a = arr(self);
    const is = a.descr.itemsize;
    if (is > 1) for (let off = 0; off < a.size * is; off += is) a.bytes.subarray(off, off + is).reverse();
    return none();
  }),
  __copy__: noargs("__copy__", (self) => arraySlice(self, 0, arr(self).size)),
  count: onearg("count", (self, v) => {
    const a = arr(self);
    let n = 0;
    for (let i = 0; i < a.size; i++) {
      const x = a.get(i);
      try {
        if (abs.richCompareBool(x, v, CompareOp.EQ)) n++;
      } finally {
        decref(x);
      }
    }
    return newInt(n);
  }),
  __deepcopy__: onearg("__deepcopy__", (self) => arraySlice(self, 0, arr(self).size)),
  extend: withClass("extend", 1, (self, args) => {
    doExtend(self, args[0]!);
    return none();
  }),
  fromfile: withClass("fromfile", 2, (self, args) => {
    const [f, nO] = args as [PyObject, PyObject];
    const n = ssizeArg(nO);
    const is = arr(self).descr.itemsize;
    if (n < 0) raise(ValueError, "negative count");
    const nbytes = checkBytes(n, is);
    const read = abs.getAttr(f, internStr("read"));
    let b: PyObject;
    const count = newInt(nbytes);
    try {
      b = abs.call(read, [count]);
    } finally {
      decref(count);
      decref(read);
    }
    try {
      if (b.type !== BytesType && !isSubtype(b.type, BytesType)) raise(TypeError, "read() didn't return bytes");
      const data = bytesData(b)!;
      frombytes(self, data);
      if (data.length !== nbytes) raise(EOFError, "read() didn't return enough bytes");
    } finally {
      decref(b);
    }
    return none();
  }),
  fromlist: onearg("fromlist", (self, list) => {
    if (list.type !== ListType && !isSubtype(list.type, ListType)) raise(TypeError, "arg must be list");
    const n = listItems(list).length;
    if (n > 0) {
      const a = arr(self);
      const oldSize = a.size;
      arrayResize(a, oldSize + n);
      for (let i = 0; i < n; i++) {
        try {
          a.put(a.size - n + i, a.descr.conv(listItems(list)[i]!));
        } catch (e) {
          arrayResize(a, oldSize);
          throw e;
        }
        if (n !== listItems(list).length) {
          arrayResize(a, oldSize);
          raise(RuntimeError, "list changed size during iteration");
        }
      }
    }
    return none();
  }),
  frombytes: onearg("frombytes", (self, buffer) => {
    const data = bufferBytes(buffer);
    if (data === null) raise(TypeError, `a bytes-like object is required, not '${typeName(buffer)}'`);
    if (buffer === self && data.length > 0) raise(BufferError, "cannot resize an array that is exporting buffers");
    frombytes(self, data);
    return none();
  }),
  fromunicode: onearg("fromunicode", (self, ustr) => {
    if (!isStr(ustr)) raise(TypeError, `fromunicode() argument must be str, not ${typeName(ustr)}`);
    const a = arr(self);
    if (a.descr.code !== "u") raise(ValueError, "fromunicode() may only be called on unicode type arrays");
    const cps = [...(ustr.v as string)].map((c) => c.codePointAt(0)!);
    if (cps.length > 0) {
      const old = a.size;
      arrayResize(a, old + cps.length);
      cps.forEach((cp, i) => a.put(old + i, cp));
    }
    return none();
  }),
  index: fastcall("index", 1, 3, (self, args) => {
    const size = arr(self).size;
    let start = args.length > 1 ? sliceIndexNotNone(args[1]!) : 0;
    let stop = args.length > 2 ? sliceIndexNotNone(args[2]!) : Number.MAX_SAFE_INTEGER;
    if (start < 0) {
      start += size;
      if (start < 0) start = 0;
    }
    if (stop < 0) stop += size;
    const i = findItem(self, args[0]!, start, stop);
    if (i < 0) raise(ValueError, "array.index(x): x not in array");
    return newInt(i);
  }),
  insert: fastcall("insert", 2, 2, (self, args) => {
    const i = ssizeArg(args[0]!);
    ins1(self, i, args[1]!);
    return none();
  }),
  pop: fastcall("pop", 0, 1, (self, args) => {
    let i = args.length > 0 ? ssizeArg(args[0]!) : -1;
    const a = arr(self);
    if (a.size === 0) raise(IndexError, "pop from empty array");
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) raise(IndexError, "pop index out of range");
    const v = a.get(i);
    delSlice(a, i, i + 1);
    return v;
  }),
  __reduce_ex__: withClass("__reduce_ex__", 1, (self, args) => {
    const reconstructor = arrayReconstructor();
    try {
      const value = args[0]!;
      if (!isIntObject(value)) raise(TypeError, "__reduce_ex__ argument should be an integer");
      const v = value.v as number | bigint;
      if (typeof v === "bigint" && (v < LONG_MIN || v > LONG_MAX)) raise(OverflowError, "Python int too large to convert to C long");
      const protocol = Number(v);
      const dict = abs.getAttrOrNull(self, internStr("__dict__")) ?? incref(None);
      const a = arr(self);
      if (protocol < 3) {
        let list: PyObject;
        try {
          list = toList(self);
        } catch (e) {
          decref(dict);
          throw e;
        }
        return newTuple([incref(self.type), newTuple([newStr(a.descr.code), list]), dict]);
      }
      return newTuple([
        incref(reconstructor),
        newTuple([incref(self.type), newStr(a.descr.code), newInt(a.descr.mformat), newBytes(a.contents().slice())]),
        dict,
      ]);
    } finally {
      decref(reconstructor);
    }
  }),
  remove: onearg("remove", (self, v) => {
    const i = findItem(self, v, 0, Number.MAX_SAFE_INTEGER);
    if (i < 0) raise(ValueError, "array.remove(x): x not in array");
    delSlice(arr(self), i, i + 1);
    return none();
  }),
  reverse: noargs("reverse", (self) => {
    const a = arr(self);
    const is = a.descr.itemsize;
    const items = a.contents();
    const copy = items.slice();
    for (let i = 0; i < a.size; i++) items.set(copy.subarray(i * is, (i + 1) * is), (a.size - 1 - i) * is);
    return none();
  }),
  tofile: withClass("tofile", 1, (self, args) => {
    const f = args[0]!;
    const a = arr(self);
    const nbytes = a.size * a.descr.itemsize;
    const BLOCKSIZE = 64 * 1024;
    if (a.size === 0) return none();
    const blocks = Math.ceil(nbytes / BLOCKSIZE);
    for (let i = 0; i < blocks; i++) {
      const chunk = newBytes(arr(self).bytes.slice(i * BLOCKSIZE, Math.min(nbytes, (i + 1) * BLOCKSIZE)));
      try {
        const write = abs.getAttr(f, internStr("write"));
        try {
          decref(abs.call(write, [chunk]));
        } finally {
          decref(write);
        }
      } finally {
        decref(chunk);
      }
    }
    return none();
  }),
  tolist: noargs("tolist", toList),
  tobytes: noargs("tobytes", (self) => newBytes(arr(self).contents().slice())),
  tounicode: noargs("tounicode", (self) => {
    if (arr(self).descr.code !== "u") raise(ValueError, "tounicode() may only be called on unicode type arrays");
    return toUnicode(self);
  }),
  __sizeof__: noargs("__sizeof__", (self) => newInt(arraySizeof(self))),
};

function arraySizeof(o: PyObject): number {
  const a = arr(o);
  return typeData(o.type).basicsize + a.allocated * a.descr.itemsize;
}

// ---- construction --------------------------------------------------------------------------------

/** PySequence_GetItem(initial, i) for a list or tuple (or a subclass of one). */
function sequenceItem(seq: PyObject, i: number): PyObject {
  if (seq.type === ListType || seq.type === TupleType) {
    const items = seq.v as PyObject[];
    if (i >= items.length) raise(IndexError, seq.type === ListType ? "list index out of range" : "tuple index out of range");
    return incref(items[i]!);
  }
  const key = newInt(i);
  try {
    return abs.getItem(seq, key);
  } finally {
    decref(key);
  }
}

function isListOrTuple(o: PyObject): boolean {
  return o.type === ListType || o.type === TupleType || isSubtype(o.type, ListType) || isSubtype(o.type, TupleType);
}

/** array_new */
function arrayNew(type: PyObject, args: PyObject[], kwnamesObj: PyObject | null): PyObject {
  const nkw = kwnamesObj === null ? 0 : tupleItems(kwnamesObj).length;
  if (nkw > 0 && (type === ArrayType || typeData(type).init === typeData(ArrayType).init)) {
    raise(TypeError, "array.array() takes no keyword arguments");
  }
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 1) raise(TypeError, `array() takes at least 1 argument (${pos.length} given)`);
  if (pos.length > 2) raise(TypeError, `array() takes at most 2 arguments (${pos.length} given)`);
  const tcO = pos[0]!;
  if (!isStr(tcO) || [...(tcO.v as string)].length !== 1) raise(TypeError, `array() argument 1 must be a unicode character, not ${typeName(tcO)}`);
  const c = tcO.v as string;
  let initial: PyObject | null = pos[1] ?? null;
  if (initial !== null && c !== "u") {
    if (isStr(initial)) raise(TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    if (isArray(initial) && arr(initial).descr.code === "u") {
      raise(TypeError, `cannot use a unicode array to initialize an array with typecode '${c}'`);
    }
  }
  let it: PyObject | null = null;
  if (!(initial === null || isListOrTuple(initial) || bytesData(initial) !== null || (c === "u" && isStr(initial))
    || (isArray(initial) && arr(initial).descr.code === c))) {
    it = abs.getIter(initial);
    initial = null;
  }
  try {
    const descr = BY_CODE.get(c);
    if (descr === undefined) raise(ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    return newFilled(type, descr, initial, it);
  } finally {
    if (it !== null) decref(it);
  }
}

function newFilled(type: PyObject, descr: Descr, initial: PyObject | null, it: PyObject | null): PyObject {
  let len = 0;
  if (initial !== null && isListOrTuple(initial)) len = (initial.v as PyObject[]).length;
  else if (initial !== null && isArray(initial)) len = arr(initial).size;
  const o = newArrayObject(type, len, descr);
  try {
    const a = arr(o);
    if (len > 0 && !isArray(initial!)) {
      for (let i = 0; i < len; i++) {
        const v = sequenceItem(initial!, i);
        try {
          a.put(i, descr.conv(v));
        } finally {
          decref(v);
        }
      }
    } else if (initial !== null && bytesData(initial) !== null) {
      frombytes(o, bytesData(initial)!);
    } else if (initial !== null && isStr(initial)) {
      // PyUnicode_AsWideCharString: a new buffer of n + 1 wchar_t that becomes ob_item
      const cps = [...(initial.v as string)].map((ch) => ch.codePointAt(0)!);
      const n = cps.length;
      const handle = allocBuffer(checkBytes(n + 1, 4));
      if (n > 0) {
        freeBuffer(a.handle);
        a.handle = handle;
        a.setBytes(new Uint8Array(n * 4));
        a.size = n;
        a.allocated = n;
        cps.forEach((cp, i) => a.put(i, cp));
      }
      // else: CPython 3.12 never frees the empty string's buffer (a leak, reproduced)
    } else if (initial !== null && isArray(initial) && len > 0) {
      a.bytes.set(arr(initial).contents());
    }
    if (it !== null) iterExtend(o, it);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

// ---- the type ---------------------------------------------------------------------------------------

const data = typeData(ArrayType);
data.slotsInW = true;
data.weakrefSlot = true;
data.new = arrayNew;
data.init = () => {};
data.dealloc = (o) => {
  gcUntrack(o);
  clearWeakrefs(o);
  const a = arr(o);
  freeBuffer(a.handle);
  a.handle = 0;
  o.v = null;
  freeObject(o);
};
// array_tp_traverse visits the type (a heap type in CPython); for a subclass,
// subtype_traverse has already visited it
data.traverse = (o, visit) => {
  if (o.type === ArrayType) visit(o.type);
};
data.repr = arrayRepr;
data.richcompare = arrayRichCompare;
data.hash = (o) => raise(TypeError, `unhashable type: '${typeName(o)}'`);
data.length = (o) => arr(o).size;
data.getitem = arraySubscript;
data.setitem = arrayAssSubscript;
data.contains = arrayContains;
data.concat = arrayConcat;
data.repeat = arrayRepeat;
data.inplace = {
  ...data.inplace,
  concat: (o, bb) => {
    if (!isArray(bb)) raise(TypeError, `can only extend array with array (not "${typeName(bb)}")`);
    doExtend(o, bb);
    return incref(o);
  },
  mul: (o, n) => (hasIndex(n) ? arrayInplaceRepeat(o, asSsize(n, OverflowError)) : incref(NotImplemented)),
};
data.iter = (o) => {
  const it = allocObject(ArrayIterType, 56, incref(o), 0);
  gcTrack(it);
  return it;
};
data.sizeof = arraySizeof;
data.methodDefs = { ...data.methodDefs, ...METHODS };
data.getsets = {
  ...data.getsets,
  typecode: { get: (o) => newStr(arr(o).descr.code), doc: "the typecode character used to create the array" },
  itemsize: { get: (o) => newInt(arr(o).descr.itemsize), doc: "the size, in bytes, of one array item" },
};

const iterData = typeData(ArrayIterType);
iterData.dealloc = (it) => {
  gcUntrack(it);
  const ao = it.v as PyObject | null;
  it.v = null;
  if (ao !== null) decref(ao);
  freeObject(it);
};
iterData.traverse = (it, visit) => {
  visit(it.type);
  if (it.v !== null) visit(it.v as PyObject);
};
iterData.iter = (it) => incref(it);
iterData.iternext = (it) => {
  const ao = it.v as PyObject | null;
  if (ao === null) return null;
  const i = it.w as number;
  if (i < arr(ao).size) {
    it.w = i + 1;
    return arr(ao).get(i);
  }
  it.v = null;
  decref(ao);
  return null;
};
iterData.sizeof = () => 40;
// Py_TPFLAGS_DISALLOW_INSTANTIATION
iterData.new = (type) => raise(TypeError, `cannot create '${typeData(type).name}' instances`);
iterData.methodDefs = {
  ...iterData.methodDefs,
  __reduce__: {
    kind: "noargs",
    fn: (it) => {
      // _PyEval_GetBuiltin("iter"): the running frame's builtins
      const builtins = threadState.frame?.builtins ?? null;
      const iterFn = builtins === null ? null : dictGetItemStr(builtins, "iter");
      if (iterFn === null) raise(RuntimeError, "lost builtins module");
      const ao = it.v as PyObject | null;
      if (ao === null) return newTuple([incref(iterFn), newTuple([incref(EmptyTuple)])]);
      return newTuple([incref(iterFn), newTuple([incref(ao)]), newInt(it.w as number)]);
    },
  },
  __setstate__: {
    kind: "o",
    fn: (it, state) => {
      if (!isIntObject(state)) raise(TypeError, "an integer is required");
      let index = ssizeArg(state);
      const ao = it.v as PyObject | null;
      if (index < 0) index = 0;
      else if (ao !== null && index > arr(ao).size) index = arr(ao).size;
      it.w = index;
      return none();
    },
  },
};

// ---- the module ---------------------------------------------------------------------------------------

// mformat_descriptors sizes (UTF-16 and UTF-32 entries are 4 and 8, as in CPython)
const MFORMAT_SIZES = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8];

function decodeUnits(b: Uint8Array, unit: 2 | 4, littleEndian: boolean): string {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let s = "";
  if (unit === 4) {
    for (let off = 0; off + 4 <= b.length; off += 4) {
      const cp = dv.getUint32(off, littleEndian);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) raise(ValueError, "code point not in range(0x110000)");
      s += String.fromCodePoint(cp);
    }
    return s;
  }
  for (let off = 0; off + 2 <= b.length; off += 2) s += String.fromCharCode(dv.getUint16(off, littleEndian));
  return s;
}

/** array._array_reconstructor(arraytype, typecode, mformat_code, items): unpickling. */
const reconstructorDef: MethodDef = {
  kind: "fast",
  fn: (_m, args) => {
    checkPositional("_array_reconstructor", args.length, 4, 4);
    const [arraytype, tcO, mfO, items] = args as [PyObject, PyObject, PyObject, PyObject];
    if (!isStr(tcO) || [...(tcO.v as string)].length !== 1) {
      raise(TypeError, `_array_reconstructor() argument 2 must be a unicode character, not ${typeName(tcO)}`);
    }
    const mv = indexValue(mfO);
    if (mv < -2147483648 || mv > 2147483647) raise(OverflowError, "Python int too large to convert to C int");
    const mformat = Number(mv);
    if (!isSubtype(arraytype.type, TypeType)) raise(TypeError, `first argument must be a type object, not ${typeName(arraytype)}`);
    if (!isSubtype(arraytype, ArrayType)) raise(TypeError, `${typeData(arraytype).name} is not a subtype of array.array`);
    let code = tcO.v as string;
    const descr = BY_CODE.get(code);
    if (descr === undefined) raise(ValueError, "second argument must be a valid type code");
    if (mformat < 0 || mformat > 21) raise(ValueError, "third argument must be a valid machine format code.");
    if (items.type !== BytesType && !isSubtype(items.type, BytesType)) raise(TypeError, `fourth argument should be bytes, not ${typeName(items)}`);
    const make = (initial: PyObject): PyObject => {
      const tc = newStr(code);
      try {
        return arrayNew(arraytype, [tc, initial], null);
      } finally {
        decref(tc);
      }
    };
    if (mformat === descr.mformat) return make(items);
    const b = bytesData(items)!;
    const size = MFORMAT_SIZES[mformat]!;
    if (b.length % size !== 0) raise(ValueError, "string length not a multiple of item size");
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let converted: PyObject;
    if (mformat >= 14 && mformat <= 17) {
      const le = mformat % 2 === 0;
      const values: PyObject[] = [];
      for (let off = 0; off < b.length; off += size) values.push(newFloat(size === 4 ? dv.getFloat32(off, le) : dv.getFloat64(off, le)));
      converted = newList(values);
    } else if (mformat >= 18) {
      converted = newStr(decodeUnits(b, mformat <= 19 ? 2 : 4, mformat % 2 === 0));
    } else {
      const signed = mformat === 1 || (mformat >= 4 && mformat <= 5) || (mformat >= 8 && mformat <= 9) || mformat >= 12;
      const le = size === 1 || mformat % 2 === 0;
      for (const d of DESCRIPTORS) if (d.isInteger && d.itemsize === size && d.isSigned === signed) code = d.code;
      const values: PyObject[] = [];
      for (let off = 0; off < b.length; off += size) {
        let x = 0n;
        for (let k = 0; k < size; k++) x |= BigInt(b[le ? off + k : off + size - 1 - k]!) << BigInt(8 * k);
        if (signed && x >= 1n << BigInt(8 * size - 1)) x -= 1n << BigInt(8 * size);
        values.push(newInt(normInt(x)));
      }
      converted = newList(values);
    }
    try {
      return make(converted);
    } finally {
      decref(converted);
    }
  },
};

const MODULE_DOC = "This module defines an object type which can efficiently represent\n" +
  "an array of basic values: characters, integers, floating point\n" +
  "numbers.  Arrays are sequence types and behave very much like lists,\n" +
  "except that the type of objects stored in them is constrained.\n";

function makeArrayModule(): PyObject {
  const d = newDict();
  const set = (name: string, value: PyObject) => {
    dictSetItem(d, internStr(name), value);
    decref(value);
  };
  set("__name__", newStr("array"));
  set("__doc__", newStr(MODULE_DOC));
  set("_array_reconstructor", newBuiltin("_array_reconstructor", reconstructorDef, null, "array"));
  dictSetItem(d, internStr("ArrayType"), ArrayType);
  dictSetItem(d, internStr("array"), ArrayType);
  set("typecodes", newStr(TYPECODES));
  return newModule("array", d);
}

registerModule("array", makeArrayModule);

