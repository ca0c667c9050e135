// Frame objects (Objects/frameobject.c, CPython 3.12). An interpreter frame gets a
// frame object only when Python code asks for one: a traceback entry (PyTraceBack_Here
// takes a frame object), sys._getframe, f_back, gi_frame. While the frame runs, the
// object only points at it, is not tracked by the collector, and owns nothing but its
// f_back. When the frame finishes and someone else still holds the object, it takes
// over the frame's contents (take_ownership): locals and stack, function, code, the
// namespace, and a reference to its caller's frame object as f_back; from then on it is
// tracked. That is how an exception kept in a local makes a cycle: exception →
// traceback → frame object → locals → exception.
//
// Size (frame_sizeof): 120 + 8 · (co_nlocalsplus + co_stacksize) bytes, plus the GC
// header: getsizeof of a frame for `def g(): return sys._getframe()` is 152.
import { decref, incref, xdecref, type PyObject } from "../objects/object.js";
import { allocObject, freeObject, objectId } from "../objects/runtime.js";
import { typeData } from "../objects/typeobject.js";
import { FrameType, CellType } from "../objects/types.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { None, True, False } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { newStr } from "../objects/unicodeobject.js";
import { newDict, dictSetItem, dictPop } from "../objects/dictobject.js";
import { raise, RuntimeError } from "../objects/exceptions.js";
import { CO_FAST_CELL, CO_FAST_FREE, type CodeUnit } from "../compiler/code.js";
import { byteOffsetOf } from "../compiler/cocode.js";
import type { Frame } from "./frame.js";
import { threadState } from "./threadstate.js";

interface FrameObjectData {
  /** the interpreter frame while it runs (or is suspended in a generator); null once owned */
  frame: Frame | null;
  /** f_back once the frame has finished (owned) */
  back: PyObject | null;
  /** what the frame held when it finished (owned): function, code, namespace, localsplus and stack */
  func: PyObject | null;
  code: PyObject | null;
  namespace: PyObject | null;
  slots: (PyObject | null)[];
  /** f_locals of a function frame, made on first access (owned) */
  localsDict: PyObject | null;
  unit: CodeUnit;
  globals: PyObject;
  builtins: PyObject;
  lineno: number;
  /** the instruction being executed when the frame finished */
  lasti: number;
}

const fd = (o: PyObject): FrameObjectData => o.v as FrameObjectData;

/** _PyFrame_GetFrameObject: the frame's object, made on first request (borrowed). */
export function frameObjectOf(frame: Frame): PyObject {
  if (frame.frameObject !== null) return frame.frameObject;
  const unit = frame.unit;
  const data: FrameObjectData = {
    frame, back: null, func: null, code: null, namespace: null, slots: [], localsDict: null,
    unit, globals: frame.globals, builtins: frame.builtins, lineno: -1, lasti: -1,
  };
  const fo = allocObject(FrameType, 16 + frameSizeof(unit), data, null);
  frame.frameObject = fo; // the interpreter frame's reference
  return fo;
}

/**
 * The first part of _PyFrame_ClearExceptCode: a finished frame gives up its frame
 * object; true when the object took over the frame's contents (they must not be
 * released), false when nothing else held it (it is freed).
 */
export function detachFrameObject(frame: Frame): boolean {
  const fo = frame.frameObject!;
  frame.frameObject = null;
  if (fo.rc > 1) {
    takeOwnership(fo, frame);
    decref(fo);
    return true;
  }
  fd(fo).frame = null;
  decref(fo);
  return false;
}

function takeOwnership(fo: PyObject, frame: Frame): void {
  const d = fd(fo);
  d.frame = null;
  d.lineno = frame.lineno;
  d.lasti = frame.lasti;
  d.slots = frame.fast.slice(0, frame.sp);
  for (let i = 0; i < frame.sp; i++) frame.fast[i] = null;
  d.namespace = frame.locals;
  frame.locals = null;
  d.func = frame.func;
  d.code = incref(frame.code);
  const caller = frame.back;
  if (caller !== null && isExecuting(caller)) d.back = incref(frameObjectOf(caller));
  gcTrack(fo);
}

/** Whether `frame` is on the running thread's stack (not a suspended generator frame). */
function isExecuting(frame: Frame): boolean {
  for (let f = threadState.frame; f !== null; f = f.back) if (f === frame) return true;
  return false;
}

/** sys._getframe(depth) */
export function getFrame(depth: number): PyObject | null {
  let f = threadState.frame;
  for (let i = 0; i < depth && f !== null; i++) f = f.back;
  return f === null ? null : frameObjectOf(f);
}

function releaseOwned(d: FrameObjectData): void {
  const slots = d.slots;
  d.slots = [];
  for (const o of slots) xdecref(o);
}

const data = typeData(FrameType);
data.dealloc = (fo) => {
  gcUntrack(fo);
  const d = fd(fo);
  if (d.frame !== null) d.frame.frameObject = null;
  xdecref(d.back);
  releaseOwned(d);
  xdecref(d.localsDict);
  xdecref(d.namespace);
  xdecref(d.func);
  xdecref(d.code);
  freeObject(fo);
};
// frame_tp_traverse + _PyFrame_Traverse: f_back, then (owned frames only) f_locals,
// the function, the code and every local and stack slot
data.traverse = (fo, visit) => {
  const d = fd(fo);
  if (d.back !== null) visit(d.back);
  if (d.frame !== null) return;
  const locals = d.namespace ?? d.localsDict;
  if (locals !== null) visit(locals);
  if (d.func !== null) visit(d.func);
  if (d.code !== null) visit(d.code);
  for (const o of d.slots) if (o !== null) visit(o);
};
// frame_tp_clear: the locals and stack go (f_back, function and code stay)
data.clear = (fo) => releaseOwned(fd(fo));
data.sizeof = (fo) => frameSizeof(fd(fo).unit);

/** frame_sizeof: the frame object's fields and one slot per local and stack entry (the GC header aside). */
function frameSizeof(unit: CodeUnit): number {
  return 120 + 8 * (unit.localsplusnames.length + unit.stacksize);
}

data.repr = (fo) => {
  const d = fd(fo);
  return newStr(`<frame at 0x${objectId(fo).toString(16)}, file '${d.unit.filename}', line ${lineno(fo)}, code ${d.unit.name}>`);
};

function lineno(fo: PyObject): number {
  const d = fd(fo);
  return d.frame !== null ? d.frame.lineno : d.lineno;
}

/** PyFrame_GetBack */
function back(fo: PyObject): PyObject {
  const d = fd(fo);
  if (d.back !== null) return incref(d.back);
  const f = d.frame;
  if (f === null || f.back === null || !isExecuting(f)) return incref(None);
  return incref(frameObjectOf(f.back));
}

/** frame.f_locals: the namespace of module and class frames; for functions a dict of the locals, refreshed on each access. */
function locals(fo: PyObject): PyObject {
  const d = fd(fo);
  const f = d.frame;
  const namespace = f !== null ? f.locals : d.namespace;
  if (namespace !== null) return incref(namespace);
  if (d.localsDict === null) d.localsDict = newDict();
  const slots = f !== null ? f.fast : d.slots;
  const names = d.unit.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const value = i < slots.length ? slots[i] : null;
    const key = newStr(names[i]!);
    const shown = value === null || value === undefined ? null : cellContents(value, d.unit, i);
    if (shown === null) decref(dictPop(d.localsDict, key, None));
    else dictSetItem(d.localsDict, key, shown);
    decref(key);
  }
  return incref(d.localsDict);
}

/** Cell and free variables show their contents (an empty cell: no entry). */
function cellContents(value: PyObject, unit: CodeUnit, i: number): PyObject | null {
  if ((unit.localspluskinds[i]! & (CO_FAST_CELL | CO_FAST_FREE)) === 0 || value.type !== CellType) return value;
  return value.v as PyObject | null;
}

data.getsets["f_back"] = { get: back, readonlyMember: true };
data.getsets["f_code"] = { get: (fo) => incref(fd(fo).frame?.code ?? fd(fo).code!), readonlyMember: true };
data.getsets["f_lineno"] = { get: (fo) => newInt(lineno(fo)) };
data.getsets["f_lasti"] = {
  get: (fo) => {
    const d = fd(fo);
    return newInt(byteOffsetOf(d.unit, Math.max(d.frame !== null ? d.frame.lasti : d.lasti, 0)));
  },
};
data.getsets["f_locals"] = { get: locals };
data.getsets["f_globals"] = { get: (fo) => incref(fd(fo).globals) };
data.getsets["f_builtins"] = { get: (fo) => incref(fd(fo).builtins) };
data.getsets["f_trace"] = { get: () => incref(None) };
data.getsets["f_trace_lines"] = { get: () => incref(True) };
data.getsets["f_trace_opcodes"] = { get: () => incref(False) };
data.methodDefs["clear"] = {
  kind: "noargs",
  fn: (fo) => {
    const f = fd(fo).frame;
    if (f !== null && (f.generator === null || isExecuting(f))) raise(RuntimeError, "cannot clear an executing frame");
    if (f !== null) raise(RuntimeError, "pyarena: clearing a suspended generator's frame is not supported");
    releaseOwned(fd(fo));
    return incref(None);
  },
};
