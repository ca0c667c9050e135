// The built-in exception hierarchy (Objects/exceptions.c) and the helpers native
// code uses to raise. Exception types are static; an instance is one GC block of
// __basicsize__ + 16 bytes (ValueError() → 88).
//
// Payload `v` is an ExcState: args (a tuple object), traceback, __context__,
// __cause__, __suppress_context__ and __notes__; `w` holds the extra fields of the
// subclasses that have them (StopIteration.value, NameError.name, ...).
import { decref, incref, PyObject, PyRaise, xdecref } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { None } from "./singletons.js";
import { EmptyTuple, newTuple } from "./tupleobject.js";
import { makeStaticType, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, typeData, ObjectType } from "./typeobject.js";
import { newStr } from "./unicodeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";

export interface ExcState {
  args: PyObject;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppressContext: boolean;
  notes: PyObject | null;
}

const EXC_FLAGS = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_BASE_EXC_SUBCLASS;

function excType(name: string, base: PyObject | null, basicsize?: number): PyObject {
  const size = basicsize ?? (base ? typeData(base).basicsize : 72);
  return makeStaticType(name, size, 0, EXC_FLAGS, base ?? ObjectType);
}

export const BaseException = excType("BaseException", null, 72);
export const SystemExit = excType("SystemExit", BaseException, 80);
export const KeyboardInterrupt = excType("KeyboardInterrupt", BaseException);
export const GeneratorExit = excType("GeneratorExit", BaseException);
export const Exception = excType("Exception", BaseException);
export const StopIteration = excType("StopIteration", Exception, 80);
export const StopAsyncIteration = excType("StopAsyncIteration", Exception);
export const ArithmeticError = excType("ArithmeticError", Exception);
export const FloatingPointError = excType("FloatingPointError", ArithmeticError);
export const OverflowError = excType("OverflowError", ArithmeticError);
export const ZeroDivisionError = excType("ZeroDivisionError", ArithmeticError);
export const AssertionError = excType("AssertionError", Exception);
export const AttributeError = excType("AttributeError", Exception, 88);
export const BufferError = excType("BufferError", Exception);
export const EOFError = excType("EOFError", Exception);
export const ImportError = excType("ImportError", Exception, 104);
export const ModuleNotFoundError = excType("ModuleNotFoundError", ImportError);
export const LookupError = excType("LookupError", Exception);
export const IndexError = excType("IndexError", LookupError);
export const KeyError = excType("KeyError", LookupError);
export const MemoryError = excType("MemoryError", Exception);
export const NameError = excType("NameError", Exception, 80);
export const UnboundLocalError = excType("UnboundLocalError", NameError);
export const OSError = excType("OSError", Exception, 112);
export const BlockingIOError = excType("BlockingIOError", OSError);
export const ChildProcessError = excType("ChildProcessError", OSError);
export const ConnectionError = excType("ConnectionError", OSError);
export const BrokenPipeError = excType("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = excType("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = excType("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = excType("ConnectionResetError", ConnectionError);
export const FileExistsError = excType("FileExistsError", OSError);
export const FileNotFoundError = excType("FileNotFoundError", OSError);
export const InterruptedError = excType("InterruptedError", OSError);
export const IsADirectoryError = excType("IsADirectoryError", OSError);
export const NotADirectoryError = excType("NotADirectoryError", OSError);
export const PermissionError = excType("PermissionError", OSError);
export const ProcessLookupError = excType("ProcessLookupError", OSError);
export const TimeoutError = excType("TimeoutError", OSError);
export const ReferenceError = excType("ReferenceError", Exception);
export const RuntimeError = excType("RuntimeError", Exception);
export const NotImplementedError = excType("NotImplementedError", RuntimeError);
export const RecursionError = excType("RecursionError", RuntimeError);
export const SyntaxError = excType("SyntaxError", Exception, 136);
export const IndentationError = excType("IndentationError", SyntaxError);
export const TabError = excType("TabError", IndentationError);
export const SystemError = excType("SystemError", Exception);
export const TypeError = excType("TypeError", Exception);
export const ValueError = excType("ValueError", Exception);
export const UnicodeError = excType("UnicodeError", ValueError);
export const UnicodeDecodeError = excType("UnicodeDecodeError", UnicodeError, 112);
export const UnicodeEncodeError = excType("UnicodeEncodeError", UnicodeError, 112);
export const Warning = excType("Warning", Exception);
export const DeprecationWarning = excType("DeprecationWarning", Warning);
export const RuntimeWarning = excType("RuntimeWarning", Warning);
export const SyntaxWarning = excType("SyntaxWarning", Warning);
export const UserWarning = excType("UserWarning", Warning);
export const ResourceWarning = excType("ResourceWarning", Warning);

export function excState(e: PyObject): ExcState {
  return e.v as ExcState;
}

/** A new exception instance of a built-in exception type, owning `args` (a tuple). */
export function newException(type: PyObject, args: PyObject): PyObject {
  const state: ExcState = { args, traceback: null, context: null, cause: null, suppressContext: false, notes: null };
  const e = allocObject(type, typeData(type).basicsize + typeData(type).preHeaderSize, state, null);
  gcTrack(e);
  return e;
}

/** An exception with one str argument (PyErr_SetString). */
export function excWithMessage(type: PyObject, msg: string): PyObject {
  return newException(type, newTuple([newStr(msg)]));
}

/** Raise `type(msg)` from native code. */
export function raise(type: PyObject, msg: string): never {
  throw new PyRaise(excWithMessage(type, msg));
}

/** NameError with its `name` attribute, which "Did you mean" suggestions read. */
export function raiseNameError(name: PyObject): never {
  const e = excWithMessage(NameError, `name '${name.v as string}' is not defined`);
  setExcField(e, "name", incref(name));
  throw new PyRaise(e);
}

/** AttributeError with `name` and `obj`, as PyObject_GetAttr sets them for suggestions. */
export function raiseAttributeError(obj: PyObject, name: PyObject, msg: string): never {
  const e = excWithMessage(AttributeError, msg);
  setExcField(e, "name", incref(name));
  setExcField(e, "obj", incref(obj));
  throw new PyRaise(e);
}

/** Raise an exception instance the caller owns a reference to. */
export function raiseObject(exc: PyObject): never {
  throw new PyRaise(exc);
}

/** Raise `type()` with no arguments (e.g. StopIteration, MemoryError). */
export function raiseEmpty(type: PyObject): never {
  throw new PyRaise(newException(type, EmptyTuple));
}

function excDealloc(e: PyObject): void {
  gcUntrack(e);
  const s = e.v as ExcState;
  decref(s.args);
  xdecref(s.traceback);
  xdecref(s.context);
  xdecref(s.cause);
  xdecref(s.notes);
  xdecref(e.dict);
  const extra = e.w as Record<string, PyObject | null> | null;
  if (extra) for (const k of Object.keys(extra)) xdecref(extra[k]!);
  freeObject(e);
}

function excTraverse(e: PyObject, visit: (o: PyObject) => void): void {
  const s = e.v as ExcState;
  if (e.dict) visit(e.dict);
  visit(s.args);
  if (s.notes) visit(s.notes);
  if (s.traceback) visit(s.traceback);
  if (s.context) visit(s.context);
  if (s.cause) visit(s.cause);
  const extra = e.w as Record<string, PyObject | null> | null;
  if (extra) for (const k of Object.keys(extra)) if (extra[k]) visit(extra[k]!);
}

/** BaseException_clear: drop args, notes, traceback, context, cause and dict. */
function excClear(e: PyObject): void {
  const s = e.v as ExcState;
  const drop = [s.traceback, s.context, s.cause, s.notes, e.dict];
  s.traceback = s.context = s.cause = s.notes = null;
  e.dict = null;
  const args = s.args;
  s.args = EmptyTuple;
  decref(args);
  for (const o of drop) xdecref(o);
}

const base = typeData(BaseException);
base.dealloc = excDealloc;
base.traverse = excTraverse;
base.clear = excClear;

/** Set an extra field (StopIteration.value, NameError.name ...); takes over the reference. */
export function setExcField(e: PyObject, name: string, value: PyObject): void {
  const extra = (e.w ?? (e.w = {})) as Record<string, PyObject | null>;
  xdecref(extra[name] ?? null);
  extra[name] = value;
}

export function excField(e: PyObject, name: string): PyObject {
  const extra = e.w as Record<string, PyObject | null> | null;
  return extra?.[name] ?? None;
}

/** PyException_SetContext / SetCause take over a reference. */
export function setContext(e: PyObject, context: PyObject | null): void {
  const s = excState(e);
  xdecref(s.context);
  s.context = context;
}

export function setCause(e: PyObject, cause: PyObject | null): void {
  const s = excState(e);
  xdecref(s.cause);
  s.cause = cause;
  s.suppressContext = true;
}

export function setTraceback(e: PyObject, tb: PyObject | null): void {
  const s = excState(e);
  if (tb) incref(tb);
  xdecref(s.traceback);
  s.traceback = tb;
}
