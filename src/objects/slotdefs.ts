// The special-method table (Objects/typeobject.c slotdefs): which dunder name fills
// which type slot. It works both ways, as in CPython:
//  * a class that defines `__repr__` gets a tp_repr that calls it (slot_tp_repr ...);
//    fixupSlots() sets every slot of a heap type from what its MRO defines;
//  * a built-in type's slot is visible from Python as a wrapper descriptor
//    (`int.__add__`, `object.__init__`), so that `super().__init__()` and explicit
//    base calls reach the C-level behaviour. The wrappers are made on first lookup
//    and are static (immortal, outside the heap): static types' dicts keep their
//    measured sizes (a known difference: `'__add__' in vars(int)` is False).
import { decref, incref, makeImmortal, PyObject, PyRaise } from "./object.js";
import { CompareOp, isSubtype, tp, typeData, typeName, type Binary, type TypeData } from "./typeobject.js";
import { NotImplemented, None, pyBool, True, False } from "./singletons.js";
import { MethodWrapperType, WrapperDescrType, IntType, StrType, BuiltinFunctionType, TypeType, FunctionType } from "./types.js";
import { raise, raiseAttributeError, TypeError, ValueError, OverflowError, StopIteration, AttributeError, newException } from "./exceptions.js";
import { allocObject, freeObject } from "./runtime.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { internStr, newStr } from "./unicodeobject.js";
import { newInt } from "./longobject.js";
import { EmptyTuple, newTuple, tupleItems } from "./tupleobject.js";
import { call, isTrue, getAttr, enterRecursiveCall, leaveRecursiveCall, attributeErrorMessage, indexValue } from "./abstract.js";
import { callMethodDef, objectIdHex, typeLookup } from "./descrobject.js";
import { writeUnraisable } from "./unraisable.js";
import { withCallArgs, withUnpackedKwnames } from "./callargs.js";
import { tupleFromArray } from "./tuplemethods.js";

// ---- calling a special method found on the type (lookup_maybe_method / vectorcall_method) ----

const lookup = typeLookup;
const callObject = call;

const names = new Map<string, PyObject>();
function nameObj(name: string): PyObject {
  let n = names.get(name);
  if (n === undefined) {
    n = internStr(name);
    names.set(name, n);
  }
  return n;
}

/** Call type(self).<name>(self, *args); null when the type has no such attribute. */
export function callSpecial(self: PyObject, name: string, args: PyObject[], kwnames: PyObject | null = null): PyObject | null {
  const descr = lookup(self.type, nameObj(name));
  return descr === null ? null : callDescriptor(descr, self, args, kwnames);
}

/** call_attribute: a descriptor found on self's type, called bound to self (a function directly). */
export function callDescriptor(descr: PyObject, self: PyObject, args: PyObject[], kwnames: PyObject | null = null): PyObject {
  if (descr.type === FunctionType) return callObject(descr, [self, ...args], kwnames);
  const get = tp(descr).descrGet;
  const bound = get === null ? incref(descr) : get(descr, self, self.type);
  try {
    return callObject(bound, args, kwnames);
  } finally {
    decref(bound);
  }
}

/** vectorcall_method: a missing special method is an AttributeError naming it. */
function mustCall(self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callSpecial(self, name, args);
  if (r === null) raise(AttributeError, name);
  return r;
}

// ---- the generic slot functions a class's dunders install -------------------------------------

function unary(name: string) {
  return (o: PyObject) => mustCall(o, name, []);
}

/** SLOT1BINFULL: the left operand's __op__, or the right one's __rop__ (first when it is a subclass). */
function binary(slot: string, name: string, rname: string): Binary {
  const fn: Binary = reflected((o) => (tp(o) as unknown as Record<string, unknown>)[slot] === fn, name, rname);
  return fn;
}

/** SLOT1BINFULL's body; `own` tells whether an operand's class has this generic slot. */
function reflected(own: (o: PyObject) => boolean, name: string, rname: string): Binary {
  return (self, other) => {
    let doOther = self.type !== other.type && own(other);
    if (own(self)) {
      if (doOther && isSubtype(other.type, self.type) && methodIsOverloaded(self.type, other.type, rname)) {
        const r = callSpecial(other, rname, [self]);
        if (r !== null && r !== NotImplemented) return r;
        if (r !== null) decref(r);
        doOther = false;
      }
      const r = callSpecial(self, name, [other]) ?? incref(NotImplemented);
      if (r !== NotImplemented || other.type === self.type) return r;
      decref(r);
    }
    if (doOther) return callSpecial(other, rname, [self]) ?? incref(NotImplemented);
    return incref(NotImplemented);
  };
}

/** method_is_overloaded: the right operand's class defines the reflected method differently. */
function methodIsOverloaded(left: PyObject, right: PyObject, name: string): boolean {
  const b = lookup(right, nameObj(name));
  if (b === null) return false;
  return lookup(left, nameObj(name)) !== b;
}

function inplace(name: string): Binary {
  return (self, other) => callSpecial(self, name, [other]) ?? incref(NotImplemented);
}

const RICH_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

function slotRichCompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  return callSpecial(self, RICH_NAMES[op]!, [other]) ?? incref(NotImplemented);
}

function slotHash(self: PyObject): number | bigint {
  const r = mustCall(self, "__hash__", []);
  try {
    if (r.type !== IntType && !isSubtype(r.type, IntType)) raise(TypeError, "__hash__ method should return an integer");
    // a Python-level hash is reduced as int's hash is (hash(hash(x)) == hash(x))
    return typeData(IntType).hash!(r);
  } finally {
    decref(r);
  }
}

/** PyObject_HashNotImplemented: what `__hash__ = None` (or __eq__ without __hash__) installs. */
export function hashNotImplemented(o: PyObject): never {
  raise(TypeError, `unhashable type: '${typeName(o)}'`);
}

function slotBool(self: PyObject): boolean {
  let r = callSpecial(self, "__bool__", []);
  if (r === null) {
    r = callSpecial(self, "__len__", []);
    if (r === null) return true;
    try {
      return lengthValue(r) !== 0;
    } finally {
      decref(r);
    }
  }
  try {
    if (r !== True && r !== False) raise(TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    return isTrue(r);
  } finally {
    decref(r);
  }
}

function lengthValue(r: PyObject): number {
  if (r.type !== IntType && !isSubtype(r.type, IntType)) raise(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  const v = r.v as number | bigint;
  if (v < 0) raise(ValueError, "__len__() should return >= 0");
  if (typeof v === "bigint") raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  return v;
}

function slotLength(self: PyObject): number {
  const r = mustCall(self, "__len__", []);
  try {
    return lengthValue(r);
  } finally {
    decref(r);
  }
}

function slotIterNext(self: PyObject): PyObject | null {
  try {
    return mustCall(self, "__next__", []);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function slotIter(self: PyObject): PyObject {
  const descr = lookup(self.type, nameObj("__iter__"));
  if (descr === None) raise(TypeError, `'${typeName(self)}' object is not iterable`);
  const r = mustCall(self, "__iter__", []);
  if (tp(r).iternext === null) {
    const name = typeName(r);
    decref(r);
    raise(TypeError, `iter() returned non-iterator of type '${name}'`);
  }
  return r;
}

function slotContains(self: PyObject, item: PyObject): boolean {
  const r = mustCall(self, "__contains__", [item]);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

function slotSetItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  decref(value === null ? mustCall(self, "__delitem__", [key]) : mustCall(self, "__setitem__", [key, value]));
}

/** slot_tp_call: instances of classes (and classes with such a metaclass) have no vectorcall, so the call packs its arguments. */
function slotCall(self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  return withCallArgs(args, kwnames, () => {
    const r = withUnpackedKwnames(kwnames, (kw) => callSpecial(self, "__call__", args, kw));
    if (r === null) raise(TypeError, `'${typeName(self)}' object is not callable`);
    return r;
  });
}

function slotInit(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const r = withUnpackedKwnames(kwnames, (kw) => callSpecial(self, "__init__", args, kw));
  if (r === null) return;
  if (r !== None) {
    const name = typeName(r);
    decref(r);
    raise(TypeError, `__init__() should return None, not '${name}'`);
  }
}

/** slot_tp_new: type.__new__(type, *args) through getattr on the type. */
function slotNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const func = getAttr(type, nameObj("__new__"));
  try {
    return withUnpackedKwnames(kwnames, (kw) => callObject(func, [type, ...args], kw));
  } finally {
    decref(func);
  }
}


function slotDescrGet(self: PyObject, obj: PyObject | null, type: PyObject): PyObject {
  return mustCall(self, "__get__", [obj ?? None, type ?? None]);
}

function slotDescrSet(self: PyObject, obj: PyObject, value: PyObject | null): void {
  decref(value === null ? mustCall(self, "__delete__", [obj]) : mustCall(self, "__set__", [obj, value]));
}

function slotPow(self: PyObject, other: PyObject, mod: PyObject): PyObject {
  if (mod === None) return slotPowBinary(self, other);
  // three-argument pow only tries the left operand
  if (tp(self).pow === slotPow) return callSpecial(self, "__pow__", [other, mod]) ?? incref(NotImplemented);
  return incref(NotImplemented);
}
// two-argument pow is SLOT1BINFULL over the ternary pow slot
const slotPowBinary = reflected((o) => tp(o).pow === slotPow, "__pow__", "__rpow__");

function slotFormat(self: PyObject, spec: PyObject): PyObject {
  return mustCall(self, "__format__", [spec]);
}


/** slot_tp_finalize: call __del__; an exception in it is reported ("Exception ignored in"), not raised. */
function slotFinalize(o: PyObject): void {
  const del = lookup(o.type, nameObj("__del__"));
  if (del === null) return;
  incref(del);
  try {
    const r = callSpecial(o, "__del__", []);
    if (r !== null) decref(r);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e.exc, del);
    decref(e.exc);
  } finally {
    decref(del);
  }
}


// ---- the table -------------------------------------------------------------------------------

type SlotKey = keyof TypeData;

export interface SlotDef {
  /** the dunder name */
  name: string;
  /** the TypeData field it fills */
  slot: SlotKey | `inplace.${string}`;
  /** the generic function a class's method installs */
  generic: unknown;
  /** calling the built-in slot from Python (the wrapper descriptor's behaviour) */
  wrap: (fn: any, self: PyObject, args: PyObject[], kwnames: PyObject | null, owner: PyObject) => PyObject;
}

function argsExactly(name: string, args: PyObject[], n: number, kwnames: PyObject | null): void {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== n) raise(TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

const wrapUnary = (name: string) => (fn: (o: PyObject) => PyObject, self: PyObject, args: PyObject[], kw: PyObject | null) => {
  argsExactly(name, args, 0, kw);
  return fn(self);
};
const wrapBinaryL = (name: string) => (fn: Binary, self: PyObject, args: PyObject[], kw: PyObject | null) => {
  argsExactly(name, args, 1, kw);
  return fn(self, args[0]!);
};
/**
 * wrap_indexargfunc: the count as an index-sized integer (PyNumber_AsSsize_t with
 * OverflowError); its PyArg_UnpackTuple has an empty name, hence the leading space.
 */
const wrapRepeat = (name: string) => (fn: (o: PyObject, count: number) => PyObject, self: PyObject, args: PyObject[], kw: PyObject | null) => {
  argsExactly(name, args, args.length, kw);
  if (args.length !== 1) raise(TypeError, ` expected 1 argument, got ${args.length}`);
  const count = indexValue(args[0]!);
  if (typeof count === "bigint") raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  return fn(self, count);
};
const wrapBinaryR = (name: string) => (fn: Binary, self: PyObject, args: PyObject[], kw: PyObject | null) => {
  argsExactly(name, args, 1, kw);
  return fn(args[0]!, self);
};
const wrapRich = (op: CompareOp) => (fn: (a: PyObject, b: PyObject, op: CompareOp) => PyObject, self: PyObject, args: PyObject[], kw: PyObject | null) => {
  argsExactly(RICH_NAMES[op]!, args, 1, kw);
  return fn(self, args[0]!, op);
};

function binarySlot(slot: string, op: string): SlotDef[] {
  const generic = binary(slot, `__${op}__`, `__r${op}__`);
  return [
    { name: `__${op}__`, slot: slot as SlotKey, generic, wrap: wrapBinaryL(`__${op}__`) },
    { name: `__r${op}__`, slot: slot as SlotKey, generic, wrap: wrapBinaryR(`__r${op}__`) },
    { name: `__i${op}__`, slot: `inplace.${slot}`, generic: inplace(`__i${op}__`), wrap: wrapBinaryL(`__i${op}__`) },
  ];
}

export const SLOTDEFS: SlotDef[] = [
  { name: "__getattribute__", slot: "getattro", generic: null, wrap: (fn, self, args, kw) => {
    argsExactly("__getattribute__", args, 1, kw);
    const r = fn(self, args[0]!);
    if (r === null) raiseAttributeError(self, args[0]!, attributeErrorMessage(self, args[0]!));
    return r;
  } },
  { name: "__getattr__", slot: "getattro", generic: null, wrap: () => raise(TypeError, "no __getattr__ wrapper") },
  { name: "__setattr__", slot: "setattro", generic: null, wrap: (fn, self, args, kw) => {
    argsExactly("__setattr__", args, 2, kw);
    fn(self, args[0]!, args[1]!);
    return None;
  } },
  { name: "__delattr__", slot: "setattro", generic: null, wrap: (fn, self, args, kw) => {
    argsExactly("__delattr__", args, 1, kw);
    fn(self, args[0]!, null);
    return None;
  } },
  { name: "__repr__", slot: "repr", generic: unary("__repr__"), wrap: wrapUnary("__repr__") },
  { name: "__str__", slot: "str", generic: unary("__str__"), wrap: wrapUnary("__str__") },
  { name: "__hash__", slot: "hash", generic: slotHash, wrap: (fn, self, args, kw) => {
    argsExactly("__hash__", args, 0, kw);
    const h = fn(self) as number | bigint;
    return newInt(h);
  } },
  { name: "__call__", slot: "call", generic: slotCall, wrap: (fn, self, args, kw) => fn(self, args, kw) },
  { name: "__lt__", slot: "richcompare", generic: slotRichCompare, wrap: wrapRich(CompareOp.LT) },
  { name: "__le__", slot: "richcompare", generic: slotRichCompare, wrap: wrapRich(CompareOp.LE) },
  { name: "__eq__", slot: "richcompare", generic: slotRichCompare, wrap: wrapRich(CompareOp.EQ) },
  { name: "__ne__", slot: "richcompare", generic: slotRichCompare, wrap: wrapRich(CompareOp.NE) },
  { name: "__gt__", slot: "richcompare", generic: slotRichCompare, wrap: wrapRich(CompareOp.GT) },
  { name: "__ge__", slot: "richcompare", generic: slotRichCompare, wrap: wrapRich(CompareOp.GE) },
  { name: "__iter__", slot: "iter", generic: slotIter, wrap: wrapUnary("__iter__") },
  { name: "__next__", slot: "iternext", generic: slotIterNext, wrap: (fn, self, args, kw) => {
    argsExactly("__next__", args, 0, kw);
    const r = fn(self);
    if (r === null) throw new PyRaise(newException(StopIteration, EmptyTuple));
    return r;
  } },
  { name: "__get__", slot: "descrGet", generic: slotDescrGet, wrap: (fn, self, args) => {
    if (args.length < 1 || args.length > 2) raise(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
    const obj = args[0] === None ? null : args[0]!;
    const type = args.length > 1 && args[1] !== None ? args[1]! : null;
    if (obj === null && type === null) raise(TypeError, "__get__(None, None) is invalid");
    return fn(self, obj, type ?? obj!.type);
  } },
  { name: "__set__", slot: "descrSet", generic: slotDescrSet, wrap: (fn, self, args, kw) => {
    argsExactly("__set__", args, 2, kw);
    fn(self, args[0]!, args[1]!);
    return None;
  } },
  { name: "__delete__", slot: "descrSet", generic: slotDescrSet, wrap: (fn, self, args, kw) => {
    argsExactly("__delete__", args, 1, kw);
    fn(self, args[0]!, null);
    return None;
  } },
  { name: "__init__", slot: "init", generic: slotInit, wrap: (fn, self, args, kw) => {
    fn(self, args, kw);
    return None;
  } },
  { name: "__new__", slot: "new", generic: slotNew, wrap: () => raise(TypeError, "__new__ is not a wrapper") },
  { name: "__del__", slot: "finalize", generic: slotFinalize, wrap: () => raise(TypeError, "no __del__ wrapper") },
  { name: "__format__", slot: "format", generic: slotFormat, wrap: (fn, self, args, kw) => {
    argsExactly("__format__", args, 1, kw);
    if (args[0]!.type !== StrType && !isSubtype(args[0]!.type, StrType)) {
      raise(TypeError, `${typeName(self)}.__format__() argument must be str, not ${typeName(args[0]!)}`);
    }
    return fn(self, args[0]!);
  } },
  ...binarySlot("add", "add"),
  ...binarySlot("sub", "sub"),
  ...binarySlot("mul", "mul"),
  ...binarySlot("mod", "mod"),
  ...binarySlot("divmod", "divmod").slice(0, 2),
  { name: "__pow__", slot: "pow", generic: slotPow, wrap: (fn, self, args) => {
    if (args.length < 1 || args.length > 2) raise(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
    return fn(self, args[0]!, args[1] ?? None);
  } },
  { name: "__rpow__", slot: "pow", generic: slotPow, wrap: (fn, self, args) => {
    if (args.length < 1 || args.length > 2) raise(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
    return fn(args[0]!, self, args[1] ?? None);
  } },
  { name: "__ipow__", slot: "inplace.pow", generic: inplace("__ipow__"), wrap: wrapBinaryL("__ipow__") },
  { name: "__neg__", slot: "neg", generic: unary("__neg__"), wrap: wrapUnary("__neg__") },
  { name: "__pos__", slot: "pos", generic: unary("__pos__"), wrap: wrapUnary("__pos__") },
  { name: "__abs__", slot: "abs", generic: unary("__abs__"), wrap: wrapUnary("__abs__") },
  { name: "__bool__", slot: "bool", generic: slotBool, wrap: (fn, self, args, kw) => {
    argsExactly("__bool__", args, 0, kw);
    return pyBool(fn(self));
  } },
  { name: "__invert__", slot: "invert", generic: unary("__invert__"), wrap: wrapUnary("__invert__") },
  ...binarySlot("lshift", "lshift"),
  ...binarySlot("rshift", "rshift"),
  ...binarySlot("and", "and"),
  ...binarySlot("xor", "xor"),
  ...binarySlot("or", "or"),
  { name: "__int__", slot: "int", generic: unary("__int__"), wrap: wrapUnary("__int__") },
  { name: "__float__", slot: "float", generic: unary("__float__"), wrap: wrapUnary("__float__") },
  ...binarySlot("floordiv", "floordiv"),
  ...binarySlot("truediv", "truediv"),
  { name: "__index__", slot: "index", generic: unary("__index__"), wrap: wrapUnary("__index__") },
  ...binarySlot("matmul", "matmul"),
  { name: "__len__", slot: "length", generic: slotLength, wrap: (fn, self, args, kw) => {
    argsExactly("__len__", args, 0, kw);
    return newInt(fn(self));
  } },
  // sq_concat / sq_repeat and their in-place forms: wrappers only (a class's own
  // __add__ or __mul__ fills the number slots, as SQSLOT's NULL function leaves these)
  { name: "__add__", slot: "concat", generic: null, wrap: wrapBinaryL("__add__") },
  { name: "__mul__", slot: "repeat", generic: null, wrap: wrapRepeat("__mul__") },
  { name: "__rmul__", slot: "repeat", generic: null, wrap: wrapRepeat("__rmul__") },
  { name: "__iadd__", slot: "inplace.concat", generic: null, wrap: wrapBinaryL("__iadd__") },
  { name: "__getitem__", slot: "getitem", generic: (self: PyObject, key: PyObject) => mustCall(self, "__getitem__", [key]), wrap: wrapBinaryL("__getitem__") },
  { name: "__setitem__", slot: "setitem", generic: slotSetItem, wrap: (fn, self, args, kw) => {
    argsExactly("__setitem__", args, 2, kw);
    fn(self, args[0]!, args[1]!);
    return None;
  } },
  { name: "__delitem__", slot: "setitem", generic: slotSetItem, wrap: (fn, self, args, kw) => {
    argsExactly("__delitem__", args, 1, kw);
    fn(self, args[0]!, null);
    return None;
  } },
  { name: "__contains__", slot: "contains", generic: slotContains, wrap: (fn, self, args, kw) => {
    argsExactly("__contains__", args, 1, kw);
    return pyBool(fn(self, args[0]!));
  } },
];


export const SLOTDEFS_BY_NAME = new Map<string, SlotDef[]>();
for (const def of SLOTDEFS) {
  const list = SLOTDEFS_BY_NAME.get(def.name) ?? [];
  list.push(def);
  SLOTDEFS_BY_NAME.set(def.name, list);
}

/** The current value of a slot (inplace.* reads the in-place record). */
export function readSlot(data: TypeData, slot: SlotDef["slot"]): unknown {
  if (slot.startsWith("inplace.")) return data.inplace[slot.slice(8)] ?? null;
  return (data as unknown as Record<string, unknown>)[slot];
}

export function writeSlot(data: TypeData, slot: SlotDef["slot"], value: unknown): void {
  if (slot.startsWith("inplace.")) {
    const key = slot.slice(8);
    if (value === null) delete data.inplace[key];
    else data.inplace[key] = value as Binary;
    return;
  }
  (data as unknown as Record<string, unknown>)[slot] = value;
}

// ---- wrapper descriptors of built-in slots ---------------------------------------------------------

export interface WrapperData {
  def: SlotDef;
  owner: PyObject;
  /** the slot function wrapped */
  fn: unknown;
}

/** Static wrapper descriptors, one per (type, name), made on first lookup. */
const wrappers = new Map<PyObject, Map<string, PyObject | null>>();
let staticAddress = 0x55d4_1a00_0000;

/**
 * The wrapper descriptor a static type shows for `name` when the type itself defines
 * the slot (not merely inherits it), or null.
 */
export function staticSlotWrapper(type: PyObject, name: string): PyObject | null {
  let perType = wrappers.get(type);
  if (perType === undefined) {
    perType = new Map();
    wrappers.set(type, perType);
  }
  const cached = perType.get(name);
  if (cached !== undefined) return cached;
  const made = makeWrapper(type, name);
  perType.set(name, made);
  return made;
}

function makeWrapper(type: PyObject, name: string): PyObject | null {
  const defs = SLOTDEFS_BY_NAME.get(name);
  if (defs === undefined) return null;
  const data = typeData(type);
  // add_operators: the first slot of that name the type defines itself (not inherited)
  const def = defs.find((d) => {
    const own = readSlot(data, d.slot);
    return own !== null && own !== undefined && (data.base === null || readSlot(typeData(data.base), d.slot) !== own);
  });
  if (def === undefined) return null;
  const fn = readSlot(data, def.slot);
  if (name === "__new__") return makeNewWrapper(type);
  if (def.wrap === SLOTDEFS_BY_NAME.get("__getattr__")![0]!.wrap || name === "__del__" || name === "__sizeof__") return null;
  if (fn === hashNotImplemented) return null;
  const w = new PyObject(WrapperDescrType, staticAddress, { def, owner: type, fn } as WrapperData, null);
  staticAddress += 0x50;
  return makeImmortal(w);
}

/** tp_new_wrapper: `object.__new__` is a built-in bound to its type. */
function makeNewWrapper(type: PyObject): PyObject {
  // METH_VARARGS | METH_KEYWORDS: the call packs its arguments; tp_new gets args[1:] as a new tuple
  const def = {
    kind: "fastkw" as const,
    varargs: true as const,
    fn: (self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
      const owner = typeData(self).name;
      if (args.length < 1) raise(TypeError, `${owner}.__new__(): not enough arguments`);
      const subtype = args[0]!;
      if (!isSubtype(subtype.type, TypeType)) raise(TypeError, `${owner}.__new__(X): X is not a type object (${typeName(subtype)})`);
      if (!isSubtype(subtype, self)) raise(TypeError, `${owner}.__new__(${typeData(subtype).name}): ${typeData(subtype).name} is not a subtype of ${owner}`);
      const kwTuple = kwnames === null || kwnames.length === 0 ? null : newTuple(kwnames.map((n) => internStr(n)));
      const rest = tupleFromArray(args.slice(1, args.length - (kwnames?.length ?? 0)));
      try {
        return typeData(self).new!(subtype, args.slice(1), kwTuple);
      } finally {
        decref(rest);
        if (kwTuple !== null) decref(kwTuple);
      }
    },
  };
  const f = new PyObject(BuiltinFunctionType, staticAddress, { name: "__new__", def, self: type, module: null, qualname: `${typeData(type).qualname}.__new__`, callName: `${typeData(type).qualname}.__new__` }, null);
  staticAddress += 0x50;
  return makeImmortal(f);
}


const wrapperType = typeData(WrapperDescrType);
wrapperType.descrGet = (descr, obj) => (obj === null ? incref(descr) : newMethodWrapper(descr, obj));
// Wrapper descriptors and method-wrappers have no vectorcall in 3.12: their calls pack
// the arguments (callargs.ts), and wrapperdescr_call slices off self into a second tuple.
wrapperType.call = (descr, args, kwnames) =>
  withCallArgs(args, kwnames, () => {
    const d = descr.v as WrapperData;
    if (args.length === 0) raise(TypeError, `descriptor '${d.def.name}' of '${typeData(d.owner).name}' object needs an argument`);
    checkSelf(d, args[0]!);
    const rest = tupleFromArray(args.slice(1, args.length - (kwnames === null ? 0 : tupleItems(kwnames).length)));
    try {
      return callWrapper(d, args[0]!, args.slice(1), kwnames);
    } finally {
      decref(rest);
    }
  });
wrapperType.repr = (descr) => {
  const d = descr.v as WrapperData;
  return newStr(`<slot wrapper '${d.def.name}' of '${typeData(d.owner).name}' objects>`);
};

function checkSelf(d: WrapperData, self: PyObject): void {
  if (!isSubtype(self.type, d.owner)) {
    raise(TypeError, `descriptor '${d.def.name}' requires a '${typeData(d.owner).name}' object but received a '${typeName(self)}'`);
  }
}

function callWrapper(d: WrapperData, self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  enterRecursiveCall(" while calling a Python object");
  try {
    return d.def.wrap(d.fn, self, args, kwnames, d.owner);
  } finally {
    leaveRecursiveCall();
  }
}

/** method-wrapper: a wrapper descriptor bound to an object (32 + 16 bytes). */
function newMethodWrapper(descr: PyObject, self: PyObject): PyObject {
  const d = descr.v as WrapperData;
  checkSelf(d, self);
  const m = allocObject(MethodWrapperType, 48, descr, incref(self));
  gcTrack(m);
  return m;
}

const mw = typeData(MethodWrapperType);
mw.dealloc = (m) => {
  gcUntrack(m);
  decref(m.w as PyObject);
  freeObject(m);
};
// wrapper_traverse: the descriptor, then the bound object
mw.traverse = (m, visit) => {
  visit(m.v as PyObject);
  visit(m.w as PyObject);
};
mw.call = (m, args, kwnames) => withCallArgs(args, kwnames, () => callWrapper((m.v as PyObject).v as WrapperData, m.w as PyObject, args, kwnames));
mw.repr = (m) => {
  const d = (m.v as PyObject).v as WrapperData;
  const self = m.w as PyObject;
  return newStr(`<method-wrapper '${d.def.name}' of ${typeName(self)} object at 0x${objectIdHex(self)}>`);
};

export { callMethodDef };
