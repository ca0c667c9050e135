// Code objects (Objects/codeobject.c). co_consts, co_names and co_localsplusnames
// are real tuples, as in CPython; code objects are not GC objects. The VM builds them
// from compiled code (vm/codeloader.ts).
//
// Payload: `v` the compiled code (a CodeUnit, opaque to this layer), `w` a CodeData
// with the boxed tuples.
import { clearWeakrefs } from "./weakrefobject.js";
import { decref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { CodeType } from "./types.js";
import { typeData } from "./typeobject.js";

export interface CodeData {
  consts: PyObject; // tuple
  names: PyObject; // tuple of interned str
  localsplusnames: PyObject; // tuple of interned str
  /** the same tuples' items, for the eval loop */
  constItems: PyObject[];
  nameItems: PyObject[];
  filename: PyObject;
  name: PyObject;
  qualname: PyObject;
  /** __sizeof__ */
  size: number;
}

/** all_name_chars: constants made only of ASCII letters, digits and '_' are interned. */
export function isIdentifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/**
 * A code object for compiled code `unit` (the VM's CodeUnit, opaque here) whose
 * constants and names the VM has boxed; takes over the references in `data`.
 */
export function newCodeObject(unit: object, data: CodeData): PyObject {
  return allocObject(CodeType, data.size, unit, data);
}

export function codeUnitOf<T>(code: PyObject): T {
  return code.v as T;
}

export function codeData(code: PyObject): CodeData {
  return code.w as CodeData;
}

const data = typeData(CodeType);
data.dealloc = (code) => {
  clearWeakrefs(code);
  const d = code.w as CodeData;
  decref(d.consts);
  decref(d.names);
  decref(d.localsplusnames);
  decref(d.filename);
  freeObject(code);
};
data.traverse = (code, visit) => {
  const d = code.w as CodeData;
  visit(d.consts);
  visit(d.names);
  visit(d.localsplusnames);
  visit(d.filename);
};
data.sizeof = (code) => (code.w as CodeData).size;
