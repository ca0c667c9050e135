// The abstract object protocols (Objects/abstract.c, object.c): every operation on
// an object of any type goes through here and dispatches on the type's slots, so
// built-in and user-defined types share one path. Return values are new references;
// arguments are borrowed. Errors are raised as PyRaise.
import { decref, incref, PyObject } from "./object.js";
import { NotImplemented, None, True, False, pyBool } from "./singletons.js";
import { CompareOp, isSubtype, tp, typeData, typeName, type Binary, type TypeData } from "./typeobject.js";
import { raise, TypeError, raiseAttributeError, RecursionError as RecursionErrorType } from "./exceptions.js";
import { StrType } from "./types.js";

// ---- the C recursion limit ------------------------------------------------------------
// Native code that recurses through arbitrary objects (repr, str, comparison) counts
// its depth separately from Python frames, as CPython 3.12.1 does with
// C_RECURSION_LIMIT = 1500, which sys.setrecursionlimit does not change. This also
// keeps the JavaScript stack bounded.
export const C_RECURSION_LIMIT = 1500;
let cDepth = 0;

/** The guard entered last: names what recursed when the JS stack itself runs out first. */
export let lastRecursiveCall = "";

export function enterRecursiveCall(where: string): void {
  lastRecursiveCall = where;
  if (++cDepth > C_RECURSION_LIMIT) {
    cDepth--;
    raise(RecursionErrorType, `maximum recursion depth exceeded${where}`);
  }
}

export function leaveRecursiveCall(): void {
  cDepth--;
}

/**
 * Entering the eval loop from native code takes PY_EVAL_C_STACK_UNITS (2) of the C
 * budget in 3.12 (_PyEval_EvalFrameDefault); Python-to-Python calls take none.
 */
export function enterEvalLoop(): void {
  if (cDepth + 2 > C_RECURSION_LIMIT) raise(RecursionErrorType, "maximum recursion depth exceeded");
  cDepth += 2;
}

export function leaveEvalLoop(): void {
  cDepth -= 2;
}

// ---- repr / str -----------------------------------------------------------------

/** PyObject_Repr */
export function repr(o: PyObject): PyObject {
  const slot = tp(o).repr;
  if (slot === null) return defaultRepr(o);
  enterRecursiveCall(" while getting the repr of an object");
  let r: PyObject;
  try {
    r = slot(o);
  } finally {
    leaveRecursiveCall();
  }
  if (r.type !== StrType && !isSubtype(r.type, StrType)) {
    const name = typeName(r);
    decref(r);
    raise(TypeError, `__repr__ returned non-string (type ${name})`);
  }
  return r;
}

/** The JS text of repr(o). */
export function reprText(o: PyObject): string {
  const r = repr(o);
  const s = r.v as string;
  decref(r);
  return s;
}

/** PyObject_Str */
export function str(o: PyObject): PyObject {
  if (o.type === StrType) return incref(o);
  const slot = tp(o).str;
  if (slot === null) return repr(o);
  enterRecursiveCall(" while getting the str of an object");
  let r: PyObject;
  try {
    r = slot(o);
  } finally {
    leaveRecursiveCall();
  }
  if (r.type !== StrType && !isSubtype(r.type, StrType)) {
    const name = typeName(r);
    decref(r);
    raise(TypeError, `__str__ returned non-string (type ${name})`);
  }
  return r;
}

export function strText(o: PyObject): string {
  const r = str(o);
  const s = r.v as string;
  decref(r);
  return s;
}

/** Installed by the runtime: object.__repr__ needs str construction and id(). */
export let defaultRepr: (o: PyObject) => PyObject = (o) => raise(TypeError, `cannot repr '${typeName(o)}' object`);
export function setDefaultRepr(fn: (o: PyObject) => PyObject): void {
  defaultRepr = fn;
}

// ---- hashing and comparison --------------------------------------------------------

/** PyObject_Hash: a number when the hash is a safe integer, else a bigint. */
export function hash(o: PyObject): number | bigint {
  const slot = tp(o).hash;
  if (slot === null) raise(TypeError, `unhashable type: '${typeName(o)}'`);
  return slot(o);
}

/** Hashes as tables store them: a number when the value is a safe integer, else a bigint. */
export function normHash(h: bigint | number): number | bigint {
  if (typeof h === "number") return h;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** Py_ReprEnter / Py_ReprLeave: containers print `[...]` for themselves when nested. */
const reprStack = new Set<PyObject>();
export function reprEnter(o: PyObject): boolean {
  if (reprStack.has(o)) return false;
  reprStack.add(o);
  return true;
}
export function reprLeave(o: PyObject): void {
  reprStack.delete(o);
}

/** PyObject_Format */
export function format(o: PyObject, spec: PyObject): PyObject {
  const slot = tp(o).format;
  // int, float and str format an empty spec of a subclass instance as str(obj) (format_obj)
  if ((spec.v as string) === "" && tp(o).heap !== null && slot !== null && slot === tp(o).heap!.staticBaseFormat) return str(o);
  if (slot === null) {
    if ((spec.v as string) === "") return str(o);
    raise(TypeError, `unsupported format string passed to ${typeName(o)}.__format__`);
  }
  const r = slot(o, spec);
  if (r.type !== StrType && !isSubtype(r.type, StrType)) {
    const name = typeName(r);
    decref(r);
    raise(TypeError, `__format__ must return a str, not ${name}`);
  }
  return r;
}

const SWAPPED: readonly CompareOp[] = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];
const OP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** PyObject_RichCompare (do_richcompare): reflected operation first for a subclass on the right. */
export function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  enterRecursiveCall(" in comparison");
  try {
    return doRichCompare(a, b, op);
  } finally {
    leaveRecursiveCall();
  }
}

function doRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const ta = tp(a);
  const tb = tp(b);
  let checkedReverse = false;
  if (a.type !== b.type && isSubtype(b.type, a.type) && tb.richcompare !== null) {
    checkedReverse = true;
    const r = tb.richcompare(b, a, SWAPPED[op]!);
    if (r !== NotImplemented) return r;
  }
  if (ta.richcompare !== null) {
    const r = ta.richcompare(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && tb.richcompare !== null) {
    const r = tb.richcompare(b, a, SWAPPED[op]!);
    if (r !== NotImplemented) return r;
  }
  if (op === CompareOp.EQ) return pyBool(a === b);
  if (op === CompareOp.NE) return pyBool(a !== b);
  raise(TypeError, `'${OP_SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** PyObject_RichCompareBool: identity implies equality for EQ/NE. */
export function richCompareBool(a: PyObject, b: PyObject, op: CompareOp): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const r = richCompare(a, b, op);
  const result = isTrue(r);
  decref(r);
  return result;
}

// ---- truth ---------------------------------------------------------------------------

/** PyObject_IsTrue */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const data = tp(o);
  if (data.bool !== null) return data.bool(o);
  if (data.length !== null) return data.length(o) > 0;
  return true;
}

// ---- attributes -----------------------------------------------------------------------

/** PyObject_GetAttr with a str name; raises AttributeError when missing. */
export function getAttr(o: PyObject, name: PyObject): PyObject {
  const slot = tp(o).getattro;
  const r = slot === null ? null : slot(o, name);
  if (r === null) raiseAttributeError(o, name, attributeErrorMessage(o, name));
  return r;
}

/** The message of a missing attribute: modules and types word it their own way. */
export let attributeErrorMessage = (o: PyObject, name: PyObject): string => `'${typeName(o)}' object has no attribute '${name.v as string}'`;
export function setAttributeErrorMessage(fn: (o: PyObject, name: PyObject) => string): void {
  attributeErrorMessage = fn;
}

/** PyObject_SetAttr; value null deletes. */
export function setAttr(o: PyObject, name: PyObject, value: PyObject | null): void {
  const slot = tp(o).setattro;
  if (slot === null) {
    const hasGetattr = tp(o).getattro !== null;
    const verb = value === null ? "del" : "assign to";
    raise(TypeError, `'${typeName(o)}' object has ${hasGetattr ? "only read-only attributes" : "no attributes"} (${verb} .${name.v as string})`);
  }
  slot(o, name, value);
}

// ---- calls -----------------------------------------------------------------------------

/** PyObject_Vectorcall: args borrowed, kwnames a tuple of str (its values are the last args). */
export function call(callable: PyObject, args: PyObject[], kwnames: PyObject | null = null): PyObject {
  const slot = tp(callable).call;
  if (slot === null) raise(TypeError, `'${typeName(callable)}' object is not callable`);
  return slot(callable, args, kwnames);
}

export function isCallable(o: PyObject): boolean {
  return tp(o).call !== null;
}

// ---- iteration --------------------------------------------------------------------------

/** PyObject_GetIter */
export function getIter(o: PyObject): PyObject {
  const data = tp(o);
  if (data.iter !== null) return data.iter(o);
  if (data.getitem !== null && sequenceIterFactory !== null) return sequenceIterFactory(o);
  raise(TypeError, `'${typeName(o)}' object is not iterable`);
}

/** The old __getitem__ iteration protocol (PySeqIter_New), installed by the iterator types. */
export let sequenceIterFactory: ((o: PyObject) => PyObject) | null = null;
export function setSequenceIterFactory(fn: (o: PyObject) => PyObject): void {
  sequenceIterFactory = fn;
}

/** PyIter_Next: the next item (new reference) or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const slot = tp(it).iternext;
  if (slot === null) raise(TypeError, `'${typeName(it)}' object is not an iterator`);
  return slot(it);
}

// ---- containers ----------------------------------------------------------------------------

/** PyObject_GetItem */
export function getItem(o: PyObject, key: PyObject): PyObject {
  const slot = tp(o).getitem;
  if (slot === null) {
    if (o.type === typeData(o.type).base) raise(TypeError, `'${typeName(o)}' object is not subscriptable`);
    raise(TypeError, `'${typeName(o)}' object is not subscriptable`);
  }
  return slot(o, key);
}

/** PyObject_SetItem / PyObject_DelItem (value null) */
export function setItem(o: PyObject, key: PyObject, value: PyObject | null): void {
  const slot = tp(o).setitem;
  if (slot === null) {
    if (value === null) raise(TypeError, `'${typeName(o)}' object doesn't support item deletion`);
    raise(TypeError, `'${typeName(o)}' object does not support item assignment`);
  }
  slot(o, key, value);
}

/** PyObject_Size */
export function length(o: PyObject): number {
  const slot = tp(o).length;
  if (slot === null) raise(TypeError, `object of type '${typeName(o)}' has no len()`);
  return slot(o);
}

/** PySequence_Contains (with the iteration fallback) */
export function contains(container: PyObject, item: PyObject): boolean {
  const slot = tp(container).contains;
  if (slot !== null) return slot(container, item);
  const it = getIter(container);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      const found = richCompareBool(x, item, CompareOp.EQ);
      decref(x);
      if (found) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

// ---- numbers -------------------------------------------------------------------------------

export type BinarySlotName =
  | "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "divmod" | "lshift" | "rshift" | "and" | "or" | "xor" | "matmul";

/**
 * binary_op1: try the left operand's slot, the right operand's (first if it is a
 * subclass that overrides the slot); NotImplemented when neither handles it.
 */
export function binaryOp1(a: PyObject, b: PyObject, slotName: BinarySlotName): PyObject {
  const ta = tp(a);
  const tb = tp(b);
  const slotA = ta[slotName] as Binary | null;
  let slotB = a.type !== b.type ? (tb[slotName] as Binary | null) : null;
  if (slotB === slotA) slotB = null;
  if (slotA !== null) {
    if (slotB !== null && isSubtype(b.type, a.type)) {
      const r = slotB(a, b);
      if (r !== NotImplemented) return r;
      slotB = null;
    }
    const r = slotA(a, b);
    if (r !== NotImplemented) return r;
  }
  if (slotB !== null) return slotB(a, b);
  return incref(NotImplemented);
}

const BINARY_SYMBOLS: Record<BinarySlotName, string> = {
  add: "+", sub: "-", mul: "*", truediv: "/", floordiv: "//", mod: "%", divmod: "divmod()",
  lshift: "<<", rshift: ">>", and: "&", or: "|", xor: "^", matmul: "@",
};

/** PyNumber_<Op>, including the sequence fallbacks for + and *. */
export function binaryOp(a: PyObject, b: PyObject, slotName: BinarySlotName): PyObject {
  const r = binaryOp1(a, b, slotName);
  if (r !== NotImplemented) return r;
  decref(r);
  if (slotName === "add" && tp(a).concat !== null) return tp(a).concat!(a, b);
  if (slotName === "mul") {
    if (tp(a).repeat !== null) return sequenceRepeat(a, b);
    if (tp(b).repeat !== null) return sequenceRepeat(b, a);
  }
  binaryTypeError(a, b, BINARY_SYMBOLS[slotName]);
}

export function binaryTypeError(a: PyObject, b: PyObject, symbol: string): never {
  raise(TypeError, `unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** Installed by int: converts the count through __index__ for seq * n. */
export let sequenceRepeat: (seq: PyObject, count: PyObject) => PyObject = (seq, count) =>
  raise(TypeError, `can't multiply sequence by non-int of type '${typeName(count)}'`);
export function setSequenceRepeat(fn: (seq: PyObject, count: PyObject) => PyObject): void {
  sequenceRepeat = fn;
}

/** PyNumber_InPlace<Op>: the in-place slot first, then the binary operation. */
export function inplaceOp(a: PyObject, b: PyObject, slotName: BinarySlotName): PyObject {
  const slot = tp(a).inplace[slotName];
  if (slot !== undefined) {
    const r = slot(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const r = binaryOp1(a, b, slotName);
  if (r !== NotImplemented) return r;
  decref(r);
  const data = tp(a);
  if (slotName === "add" && data.concat !== null) return (data.inplace["concat"] ?? data.concat)(a, b);
  if (slotName === "mul" && data.repeat !== null) return sequenceRepeat(a, b);
  binaryTypeError(a, b, BINARY_SYMBOLS[slotName] + "=");
}

/** PyNumber_Power / PyNumber_InPlacePower with no modulus (ternary_op). */
export function powerOp(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (inplace) {
    const slot = tp(a).inplace["pow"];
    if (slot !== undefined) {
      const r = slot(a, b);
      if (r !== NotImplemented) return r;
      decref(r);
    }
  }
  const ta = tp(a);
  const tb = tp(b);
  const slotA = ta.pow;
  let slotB = a.type !== b.type ? tb.pow : null;
  if (slotB === slotA) slotB = null;
  if (slotA !== null) {
    if (slotB !== null && isSubtype(b.type, a.type)) {
      const r = slotB(a, b, None);
      if (r !== NotImplemented) return r;
      decref(r);
      slotB = null;
    }
    const r = slotA(a, b, None);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (slotB !== null) {
    const r = slotB(a, b, None);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const symbol = inplace ? "**=" : "** or pow()";
  raise(TypeError, `unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

export function unaryOp(o: PyObject, slot: "neg" | "pos" | "invert" | "abs", symbol: string): PyObject {
  const fn = tp(o)[slot];
  if (fn === null) raise(TypeError, `bad operand type for ${symbol}: '${typeName(o)}'`);
  return fn(o);
}

/** PyNumber_Index: the int an object stands for (__index__). */
export function index(o: PyObject): PyObject {
  const data = tp(o);
  if (data.index === null) raise(TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  return data.index(o);
}

/** The value of an index-like object as a JS number (PyNumber_AsSsize_t, clamping not done). */
export function indexValue(o: PyObject): number | bigint {
  const i = index(o);
  const v = i.v as number | bigint;
  decref(i);
  return v;
}

/** getattr(o, name, default): null when missing (AttributeError swallowed, others propagate). */
export let getAttrOrNull: (o: PyObject, name: PyObject) => PyObject | null = (o, name) => {
  const slot = tp(o).getattro;
  return slot === null ? null : slot(o, name);
};

export type { TypeData };
