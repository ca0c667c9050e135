// Traceback objects (Python/traceback.c): each frame an exception passes through adds
// an entry in front of the exception's __traceback__ chain (PyTraceBack_Here). An
// entry is a GC object of 40 + 16 bytes. The frame it names is kept as a JS record
// (file, line, code position, function name) until frame objects are materialised.
import { incref, PyObject, xdecref } from "../objects/object.js";
import { allocObject, freeObject } from "../objects/runtime.js";
import { TracebackType } from "../objects/types.js";
import { typeData } from "../objects/typeobject.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { excState } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import type { Frame } from "./frame.js";

export interface TracebackEntry {
  /** the older part of the chain (tb_next points towards the frame that raised) */
  next: PyObject | null;
  filename: string;
  name: string;
  lineno: number;
  /** instruction index, for the position columns of the caret line */
  lasti: number;
  positions: Int32Array;
  /** for NameError suggestions: the frame's local names and (borrowed) namespaces */
  varnames: readonly string[];
  globals: PyObject;
  builtins: PyObject;
}

export function addTraceback(exc: PyObject, frame: Frame): void {
  const state = excState(exc);
  const entry: TracebackEntry = {
    next: state.traceback,
    filename: frame.unit.filename,
    name: frame.unit.name,
    lineno: frame.lineno,
    lasti: frame.lasti,
    positions: frame.unit.positions,
    varnames: frame.unit.varnames,
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
  xdecref((tb.v as TracebackEntry).next);
  freeObject(tb);
};
data.traverse = (tb, visit) => {
  const next = (tb.v as TracebackEntry).next;
  if (next !== null) visit(next);
};

export { incref };

// tb_next and tb_lineno (tb_frame needs frame objects, which pyarena does not make yet)
data.getsets["tb_next"] = { get: (tb) => incref((tb.v as TracebackEntry).next ?? None), readonlyMember: true };
data.getsets["tb_lineno"] = { get: (tb) => newInt((tb.v as TracebackEntry).lineno), readonlyMember: true };
