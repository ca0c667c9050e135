// Closure cells (Objects/cellobject.c): 24 + 16 bytes, GC. Payload `v`: the content
// (an owned reference) or null when empty.
import { decref, PyObject, xdecref } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { CellType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";

/** A new cell owning `content` (which may be null). */
export function newCell(content: PyObject | null): PyObject {
  const c = allocObject(CellType, 40, content, null);
  gcTrack(c);
  return c;
}

const data = typeData(CellType);
data.dealloc = (c) => {
  gcUntrack(c);
  xdecref(c.v as PyObject | null);
  freeObject(c);
};
data.traverse = (c, visit) => {
  if (c.v !== null) visit(c.v as PyObject);
};

// cell_clear: the collector empties cells to break closure cycles
data.clear = (c) => {
  const v = c.v as PyObject | null;
  c.v = null;
  if (v !== null) decref(v);
};
