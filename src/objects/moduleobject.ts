// Module objects (Objects/moduleobject.c): 56 + 16 bytes, GC. Payload `v`: the
// module's dict (owned); `w`: the module name as a JS string.
import { decref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { ModuleType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";

/** A new module owning `dict`. */
export function newModule(name: string, dict: PyObject): PyObject {
  const m = allocObject(ModuleType, 72, dict, name);
  gcTrack(m);
  return m;
}

export function moduleDict(m: PyObject): PyObject {
  return m.v as PyObject;
}

const data = typeData(ModuleType);
data.dealloc = (m) => {
  gcUntrack(m);
  decref(m.v as PyObject);
  freeObject(m);
};
data.traverse = (m, visit) => visit(m.v as PyObject);
