// The less frequent work of some instructions, kept out of the eval loop's switch:
// intrinsics, unpacking with CPython's messages, f-string formatting, imports,
// exception matching and the with-statement protocol.
import { decref, incref, PyObject, PyRaise } from "../objects/object.js";
import * as abs from "../objects/abstract.js";
import { None, True } from "../objects/singletons.js";
import { raise, TypeError, ValueError, ImportError, ModuleNotFoundError, BaseException, excState, RuntimeError, StopIteration, SystemError } from "../objects/exceptions.js";
import { isSubtype, tp, typeName, TypeType, typeData } from "../objects/typeobject.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { listAppend, listItems, newList } from "../objects/listobject.js";
import { newStr } from "../objects/unicodeobject.js";
import { TupleType, ListType, StrType } from "../objects/types.js";
import { newSlice } from "../objects/sliceobject.js";
import { newSet, setAddItem, setUpdateFrom } from "../objects/setobject.js";
import { listExtendFrom } from "../objects/listmethods.js";
import { dictGetItemStr } from "../objects/dictobject.js";
import type { Frame } from "./frame.js";
import { threadState } from "./threadstate.js";
import { importModule, moduleAttr } from "./imports.js";

export function buildSlice(start: PyObject, stop: PyObject, step: PyObject | null): PyObject {
  return newSlice(start, stop, step ?? incref(None));
}

/** BUILD_SET n: a set of the top n items (their references are released). */
export function buildSet(fast: (PyObject | null)[], from: number, n: number): PyObject {
  const s = newSet();
  try {
    for (let i = from; i < from + n; i++) setAddItem(s, fast[i]!);
  } catch (e) {
    decref(s);
    throw e;
  } finally {
    for (let i = from; i < from + n; i++) {
      decref(fast[i]!);
      fast[i] = null;
    }
  }
  return s;
}

export function setAdd(set: PyObject, item: PyObject): void {
  setAddItem(set, item);
}

export function setUpdate(set: PyObject, iterable: PyObject): void {
  setUpdateFrom(set, iterable);
}

/** LIST_EXTEND: `[*a]` and call-argument unpacking ("Value after * must be an iterable"). */
export function listExtend(list: PyObject, iterable: PyObject): void {
  if (tp(iterable).iter === null && tp(iterable).getitem === null) {
    raise(TypeError, `Value after * must be an iterable, not ${typeName(iterable)}`);
  }
  listExtendFrom(list, iterable);
}

/** UNPACK_SEQUENCE over a general iterable: items in order, new references. */
export function unpackIterable(seq: PyObject, n: number): PyObject[] {
  const it = getIterForUnpack(seq);
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const v = abs.iterNext(it);
      if (v === null) raise(ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
      out.push(v);
    }
    const extra = abs.iterNext(it);
    if (extra !== null) {
      decref(extra);
      const len = tp(seq).length;
      if (len !== null && (seq.type === ListType || seq.type === TupleType || tp(seq).length !== null)) {
        const size = len(seq);
        void size;
        raise(ValueError, `too many values to unpack (expected ${n})`);
      }
      raise(ValueError, `too many values to unpack (expected ${n})`);
    }
    return out;
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
}

function getIterForUnpack(seq: PyObject): PyObject {
  if (tp(seq).iter === null && tp(seq).getitem === null) {
    raise(TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
  }
  return abs.getIter(seq);
}

/** UNPACK_EX: `a, *b, c = seq` → [a, list b, c] in order, new references. */
export function unpackEx(seq: PyObject, before: number, after: number): PyObject[] {
  const it = getIterForUnpack(seq);
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const v = abs.iterNext(it);
      if (v === null) raise(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${i})`);
      out.push(v);
    }
    const rest = newList([]);
    out.push(rest);
    listExtendFrom(rest, it);
    const items = listItems(rest);
    if (items.length < after) {
      raise(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + items.length})`);
    }
    const tail = items.splice(items.length - after, after);
    out.push(...tail);
    return out;
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format() with the spec. */
export function formatValue(value: PyObject, conversion: number, spec: PyObject | null): PyObject {
  let v = value;
  let converted: PyObject | null = null;
  if (conversion === 1) converted = abs.str(v);
  else if (conversion === 2) converted = abs.repr(v);
  else if (conversion === 3) converted = asciiRepr(v);
  if (converted !== null) v = converted;
  try {
    if (spec === null && v.type === StrType) return incref(v);
    const empty = spec ?? newStr("");
    try {
      return abs.format(v, empty);
    } finally {
      if (spec === null) decref(empty);
    }
  } finally {
    if (converted !== null) decref(converted);
  }
}

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiRepr(o: PyObject): PyObject {
  const text = abs.reprText(o);
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return newStr(out);
}

/** CHECK_EXC_MATCH: `except T:` with T a class or a tuple of classes. */
export function checkExcMatch(exc: PyObject, match: PyObject): boolean {
  const classes = match.type === TupleType ? tupleItems(match) : [match];
  for (const c of classes) {
    if (!isSubtype(c.type, TypeType) || !isSubtype(c, BaseException)) {
      raise(TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
  }
  return classes.some((c) => isSubtype(exc.type, c));
}

/** BEFORE_WITH: the bound __exit__ and the result of __enter__(). */
export function withEnter(mgr: PyObject): [PyObject, PyObject] {
  const enter = specialMethod(mgr, "__enter__");
  if (enter === null) raise(TypeError, `'${typeName(mgr)}' object does not support the context manager protocol`);
  const exit = specialMethod(mgr, "__exit__");
  if (exit === null) {
    decref(enter);
    raise(TypeError, `'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  try {
    return [exit, abs.call(enter, [])];
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
}

/** WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__). */
export function callWithExit(exit: PyObject, exc: PyObject): PyObject {
  const tb = excState(exc).traceback ?? None;
  return abs.call(exit, [exc.type, exc, tb]);
}

/** _PyObject_LookupSpecial: a bound special method found on the type, or null. */
export let specialMethod: (o: PyObject, name: string) => PyObject | null = () => null;
export function setSpecialMethodLookup(fn: typeof specialMethod): void {
  specialMethod = fn;
}

/** CALL_INTRINSIC_1 */
export function intrinsic1(which: number, v: PyObject, frame: Frame): PyObject {
  switch (which) {
    case 1: // INTRINSIC_PRINT: the REPL's echo through sys.displayhook
      return replPrint(v);
    case 2: // INTRINSIC_IMPORT_STAR
      importStar(frame, v);
      return incref(None);
    case 3: // INTRINSIC_STOPITERATION_ERROR
      return stopIterationError(v);
    case 5: // INTRINSIC_UNARY_POSITIVE
      return abs.unaryOp(v, "pos", "unary +");
    case 6: // INTRINSIC_LIST_TO_TUPLE
      return newTuple(listItems(v).map((x) => incref(x)));
    default:
      raise(SystemError, `unknown intrinsic ${which}`);
  }
}

export function intrinsic2(which: number, _v1: PyObject, _v2: PyObject): PyObject {
  raise(SystemError, `unknown intrinsic ${which}`);
}

export let replPrint: (v: PyObject) => PyObject = () => incref(None);
export function setReplPrint(fn: typeof replPrint): void {
  replPrint = fn;
}

/** A StopIteration escaping a generator becomes RuntimeError (PEP 479). */
function stopIterationError(exc: PyObject): PyObject {
  if (isSubtype(exc.type, StopIteration)) {
    const msg = "generator raised StopIteration";
    const err = excWithMessageLocal(RuntimeError, msg);
    excState(err).context = incref(exc);
    excState(err).cause = incref(exc);
    excState(err).suppressContext = true;
    return err;
  }
  return incref(exc);
}

function excWithMessageLocal(type: PyObject, msg: string): PyObject {
  try {
    raise(type, msg);
  } catch (e) {
    if (e instanceof PyRaise) return e.exc;
    throw e;
  }
}

function importStar(frame: Frame, module: PyObject): void {
  const ns = frame.locals;
  if (ns === null) raise(SystemError, "no locals found during 'import *'");
  moduleAttr.importStar(module, ns);
}

/** IMPORT_NAME */
export function importName(frame: Frame, name: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  if ((level.v as number) !== 0) raise(ImportError, "attempted relative import with no known parent package");
  return importModule(name.v as string, fromlist, frame.builtins);
}

/** IMPORT_FROM: the attribute, else the submodule, else ImportError. */
export function importFrom(module: PyObject, name: PyObject): PyObject {
  return moduleAttr.importFrom(module, name);
}

export { None, True, typeData, dictGetItemStr, listAppend, ModuleNotFoundError, threadState };
