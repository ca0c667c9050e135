// Type objects and their slots (CPython's PyTypeObject). A type is a PyObject whose
// type is `type` and whose payload `v` is a TypeData holding the slots. Built-in
// types are static and immortal, as in CPython 3.12; their methods are declared in
// `methodDefs` by each type's file and turned into descriptors in the type's dict at
// start-up (runtime.ts), once str and dict exist.
import { IMMORTAL_REFCNT, PyObject } from "./object.js";

// tp_flags bits (Include/object.h), for __flags__ and for the managed pre-header rule.
export const TPFLAGS_MANAGED_WEAKREF = 1 << 3;
export const TPFLAGS_MANAGED_DICT = 1 << 4;
export const TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_READY = 1 << 12;
export const TPFLAGS_HAVE_GC = 1 << 14;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = -2147483648; // 1 << 31

/** Comparison operators of tp_richcompare (Py_LT ... Py_GE). */
export const enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

export type Unary = (o: PyObject) => PyObject;
/** A binary number slot: a new reference, or the NotImplemented singleton (a new reference too). */
export type Binary = (a: PyObject, b: PyObject) => PyObject;

/**
 * Calling conventions of built-in methods (METH_* flags). Arguments are borrowed; the
 * result is a new reference. `varargs`: CPython 3.12 declares the method METH_VARARGS,
 * so each call packs its arguments into a tuple (and keywords into a dict) first.
 */
export type MethodDef = (
  | { kind: "noargs"; fn: (self: PyObject) => PyObject }
  | { kind: "o"; fn: (self: PyObject, arg: PyObject) => PyObject }
  | { kind: "fast"; fn: (self: PyObject, args: PyObject[]) => PyObject }
  | { kind: "fastkw"; fn: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject }
) & { doc?: string; varargs?: true };

/** A data or getset attribute of a built-in type (PyGetSetDef / PyMemberDef). */
export interface GetSetDef {
  get: (self: PyObject) => PyObject;
  set?: (self: PyObject, value: PyObject | null) => void;
  doc?: string;
  /** a READONLY member (PyMemberDef), not a getset: assigning says "readonly attribute" */
  readonlyMember?: boolean;
}

export class TypeData {
  name: string;
  qualname: string;
  /** __module__ for heap types; "builtins" for static ones */
  module: string;
  flags: number;
  /** __basicsize__ and __itemsize__ */
  basicsize: number;
  itemsize: number;
  base: PyObject | null = null;
  /** __bases__ (a tuple object) once the runtime has built it */
  bases: PyObject | null = null;
  /** __mro__ as a JS array of type objects (the tuple object is built lazily) */
  mro: PyObject[] = [];
  mroTuple: PyObject | null = null;
  /** the type's namespace (a dict object) once built */
  dict: PyObject | null = null;
  /** methods and attributes of static types, installed into `dict` at start-up */
  methodDefs: Record<string, MethodDef> = {};
  classMethodDefs: Record<string, MethodDef> = {};
  staticMethodDefs: Record<string, MethodDef> = {};
  getsets: Record<string, GetSetDef> = {};
  /** instances get a __dict__ on demand (tp_dictoffset ≠ 0): functions, modules, exceptions */
  instanceDict = false;
  /** tp_version_tag: bumped whenever the type or a base changes (attribute caches) */
  version = 0;
  /** tp_version_tag as the method cache sees it (methodcache.ts): 0 until assigned, reset by typeModified */
  versionTag = 0;
  /**
   * The type attribute cache (CPython's MCACHE, per type here): name → what
   * _PyType_Lookup finds (borrowed), or null for "not found". Dropped by
   * typeModified() whenever this type's or a base's namespace changes.
   */
  lookupCache: Map<string, PyObject | null> | null = null;
  /** the class part of a heap type (heaptype.ts), null for built-in types */
  heap: import("./heaptype.js").HeapInfo | null = null;
  /** the classes made with this type among their bases (tp_subclasses; no references held) */
  subclasses: PyObject[] = [];
  /**
   * Calling the type goes through _PyObject_MakeTpCall (callargs.ts): CPython 3.12 gives
   * it no tp_vectorcall. Heap types are always called so; static types that build the
   * argument tuple themselves leave this false.
   */
  callPacksArgs = false;
  /** instances leave `w` free, so a subclass's __slots__ values can live there */
  slotsInW = false;
  /** instances have a weakref list slot (tp_weaklistoffset ≠ 0) other than the managed one */
  weakrefSlot = false;
  /** a heap type's base layout's dealloc and traverse (subtype_dealloc calls through) */
  baseDealloc: ((o: PyObject) => void) | null = null;
  baseTraverse: ((o: PyObject, visit: (child: PyObject) => void) => void) | null = null;

  // ---- slots (null: not provided; inherited ones are copied in by inheritSlots) ----
  dealloc: ((o: PyObject) => void) | null = null;
  repr: Unary | null = null;
  str: Unary | null = null;
  /** tp_hash: the hash as a JS number when it fits in ±2**53, else a bigint */
  hash: ((o: PyObject) => number | bigint) | null = null;
  richcompare: ((a: PyObject, b: PyObject, op: CompareOp) => PyObject) | null = null;
  getattro: ((o: PyObject, name: PyObject) => PyObject | null) | null = null;
  setattro: ((o: PyObject, name: PyObject, value: PyObject | null) => void) | null = null;
  /** tp_call with CPython 3.12's vectorcall shape: args borrowed, kwnames a tuple of str or null */
  call: ((callable: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject) | null = null;
  iter: Unary | null = null;
  /** tp_iternext: the next item (new reference), or null when exhausted without an error */
  iternext: ((o: PyObject) => PyObject | null) | null = null;
  descrGet: ((descr: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  descrSet: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  init: ((self: PyObject, args: PyObject[], kwnames: PyObject | null) => void) | null = null;
  new: ((type: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject) | null = null;
  /** tp_traverse: visit each referenced object (GC types; also used by the refcount audit) */
  traverse: ((o: PyObject, visit: (child: PyObject) => void) => void) | null = null;
  clear: ((o: PyObject) => void) | null = null;
  /** tp_finalize (PEP 442, __del__) */
  finalize: ((o: PyObject) => void) | null = null;
  /** __format__(spec): format(o, spec) */
  format: ((o: PyObject, spec: PyObject) => PyObject) | null = null;
  /** __sizeof__ in bytes, without the pre-header that sys.getsizeof adds */
  sizeof: ((o: PyObject) => number) | null = null;

  // number protocol
  bool: ((o: PyObject) => boolean) | null = null;
  index: Unary | null = null;
  int: Unary | null = null;
  float: Unary | null = null;
  neg: Unary | null = null;
  pos: Unary | null = null;
  abs: Unary | null = null;
  invert: Unary | null = null;
  add: Binary | null = null;
  sub: Binary | null = null;
  mul: Binary | null = null;
  truediv: Binary | null = null;
  floordiv: Binary | null = null;
  mod: Binary | null = null;
  divmod: Binary | null = null;
  pow: ((a: PyObject, b: PyObject, mod: PyObject) => PyObject) | null = null;
  lshift: Binary | null = null;
  rshift: Binary | null = null;
  and: Binary | null = null;
  or: Binary | null = null;
  xor: Binary | null = null;
  matmul: Binary | null = null;
  /** in-place forms (nb_inplace_*): null falls back to the binary slot */
  inplace: Partial<Record<string, Binary>> = {};

  // sequence / mapping protocol
  length: ((o: PyObject) => number) | null = null;
  /** mp_subscript */
  getitem: Binary | null = null;
  /** mp_ass_subscript: value null deletes */
  setitem: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  /** sq_contains */
  contains: ((o: PyObject, item: PyObject) => boolean) | null = null;
  /** sq_concat / sq_repeat (used when the number slots decline) */
  concat: Binary | null = null;
  repeat: ((o: PyObject, count: number) => PyObject) | null = null;

  constructor(name: string, basicsize: number, itemsize: number, flags: number) {
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.basicsize = basicsize;
    this.itemsize = itemsize;
    this.flags = flags | TPFLAGS_READY;
  }

  get isGC(): boolean {
    return (this.flags & TPFLAGS_HAVE_GC) !== 0;
  }

  /** _PyType_PreHeaderSize: GC links, then the managed dict/weakref words. */
  get preHeaderSize(): number {
    return (this.flags & TPFLAGS_HAVE_GC ? 16 : 0) + (this.flags & (TPFLAGS_MANAGED_DICT | TPFLAGS_MANAGED_WEAKREF) ? 16 : 0);
  }
}

/** Static type objects sit in the interpreter's data segment, not in the pymalloc heap. */
let staticAddress = 0x55d4_1900_0000;

/** The metatype `type`: created first, since every type object points at it. */
export const TypeType: PyObject = makeImmortalType(null, "type", 920, 40, TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS);
TypeType.type = TypeType;


function makeImmortalType(meta: PyObject | null, name: string, basicsize: number, itemsize: number, flags: number): PyObject {
  const data = new TypeData(name, basicsize, itemsize, flags | TPFLAGS_IMMUTABLETYPE);
  // tp_name "module.Name": __module__ before the last dot, __qualname__ after it
  const dot = name.lastIndexOf(".");
  if (dot >= 0) {
    data.module = name.slice(0, dot);
    data.qualname = name.slice(dot + 1);
  }
  const addr = staticAddress;
  staticAddress += 0x400; // sizeof(PyTypeObject) rounded: static types are laid out one after another
  const t = new PyObject(meta ?? (null as unknown as PyObject), addr, data, null);
  t.rc = IMMORTAL_REFCNT;
  return t;
}

/** Every static type, in creation order (PyType_Ready runs over them at start-up). */
export const staticTypes: PyObject[] = [];

/** A static built-in type (immortal, not in the heap). `base` defaults to object. */
export function makeStaticType(name: string, basicsize: number, itemsize: number, flags: number, base: PyObject | null = ObjectType): PyObject {
  const t = makeImmortalType(TypeType, name, basicsize, itemsize, flags);
  typeData(t).base = base;
  staticTypes.push(t);
  return t;
}

export const ObjectType: PyObject = makeImmortalType(TypeType, "object", 16, 0, TPFLAGS_BASETYPE);
typeData(TypeType).base = ObjectType;

/** PyType_Modified: forget cached lookups of this type and of every class below it. */
export function typeModified(t: PyObject): void {
  const data = t.v as TypeData;
  data.version++;
  data.versionTag = 0;
  data.lookupCache = null;
  for (const sub of data.subclasses) typeModified(sub);
}

export function typeData(t: PyObject): TypeData {
  return t.v as TypeData;
}

/** Py_TYPE(o)'s TypeData, the hot path of every slot dispatch. */
export function tp(o: PyObject): TypeData {
  return o.type.v as TypeData;
}

export function typeName(o: PyObject): string {
  return (o.type.v as TypeData).name;
}

/** PyType_IsSubtype, by the MRO (or the base chain while the MRO is being built). */
export function isSubtype(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const data = typeData(a);
  if (data.mro.length) return data.mro.includes(b);
  for (let t = data.base; t !== null; t = typeData(t).base) if (t === b) return true;
  return b === ObjectType;
}

export function isInstance(o: PyObject, t: PyObject): boolean {
  return o.type === t || isSubtype(o.type, t);
}
