// Module objects (Objects/moduleobject.c): 56 + 16 bytes, GC. The module's namespace
// is its instance dict (`dict`, owned), so attribute access is the generic one;
// `w` holds the module name as a JS string.
import { clearWeakrefs } from "./weakrefobject.js";
import { decref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { ModuleType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { newStr } from "./unicodeobject.js";

/** A new module owning `dict`. */
export function newModule(name: string, dict: PyObject): PyObject {
  const m = allocObject(ModuleType, 72, null, name);
  m.dict = dict;
  gcTrack(m);
  return m;
}

export function moduleDict(m: PyObject): PyObject {
  return m.dict!;
}

const data = typeData(ModuleType);
data.dealloc = (m) => {
  clearWeakrefs(m);
  gcUntrack(m);
  if (m.dict !== null) decref(m.dict);
  freeObject(m);
};
data.traverse = (m, visit) => {
  if (m.dict !== null) visit(m.dict);
};
data.repr = (m) => newStr(`<module '${m.w as string}' (built-in)>`);
