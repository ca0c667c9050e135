// Traceback objects (Python/traceback.c): each frame an exception passes through adds
// an entry in front of the exception's __traceback__ chain (PyTraceBack_Here). An
// entry is a GC object of 40 + 16 bytes holding the frame's frame object (made then if
// the frame had none) and, for printing, a JS record of the frame (file, line, code
// position, function name).
import { decref, incref, PyObject, xdecref } from "../objects/object.js";
import { frameObjectOf } from "./frameobject.js";
import { allocObject, freeObject } from "../objects/runtime.js";
import { TracebackType } from "../objects/types.js";
import { typeData } from "../objects/typeobject.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { excState } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import type { Frame } from "./frame.js";
import type { CodeUnit } from "../compiler/code.js";
import { byteOffsetOf } from "../compiler/cocode.js";

export interface TracebackEntry {
  /** the older part of the chain (tb_next points towards the frame that raised) */
  next: PyObject | null;
  /** tb_frame (owned; null once tb_clear ran) */
  frame: PyObject | null;
  /** the frame's compiled code: file, function name, positions, local names */
  unit: CodeUnit;
  lineno: number;
  /** instruction index, for the position columns of the caret line and tb_lasti */
  lasti: number;
  /** for NameError suggestions (with the unit's local names): the frame's namespaces, borrowed */
  globals: PyObject;
  builtins: PyObject;
}

export function addTraceback(exc: PyObject, frame: Frame): void {
  const state = excState(exc);
  const entry: TracebackEntry = {
    next: state.traceback,
    frame: incref(frameObjectOf(frame)),
    unit: frame.unit,
    lineno: frame.lineno,
    lasti: frame.lasti,
    globals: frame.globals,
    builtins: frame.builtins,
  };
  const tb = allocObject(TracebackType, 56, entry, null);
  gcTrack(tb);
  state.traceback = tb; // takes over the previous chain's reference as tb_next
}

/** The entries oldest first (the order tracebacks are printed). */
export function tracebackEntries(tb: PyObject | null): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  for (let t = tb; t !== null; t = (t.v as TracebackEntry).next) out.push(t.v as TracebackEntry);
  return out;
}

const data = typeData(TracebackType);
data.dealloc = (tb) => {
  gcUntrack(tb);
  const entry = tb.v as TracebackEntry;
  xdecref(entry.next);
  xdecref(entry.frame);
  freeObject(tb);
};
data.traverse = (tb, visit) => {
  const entry = tb.v as TracebackEntry;
  if (entry.next !== null) visit(entry.next);
  if (entry.frame !== null) visit(entry.frame);
};
// tb_clear
data.clear = (tb) => {
  const entry = tb.v as TracebackEntry;
  const next = entry.next;
  const frame = entry.frame;
  entry.next = null;
  entry.frame = null;
  xdecref(next);
  xdecref(frame);
};

export { incref };

data.getsets["tb_next"] = { get: (tb) => incref((tb.v as TracebackEntry).next ?? None), readonlyMember: true };
data.getsets["tb_frame"] = { get: (tb) => incref((tb.v as TracebackEntry).frame ?? None), readonlyMember: true };
data.getsets["tb_lasti"] = {
  get: (tb) => {
    const e = tb.v as TracebackEntry;
    return newInt(byteOffsetOf(e.unit, Math.max(e.lasti, 0)));
  },
  readonlyMember: true,
};
data.getsets["tb_lineno"] = { get: (tb) => newInt((tb.v as TracebackEntry).lineno), readonlyMember: true };
