// Function objects (Objects/funcobject.c): 144 + 16 bytes, GC. Calling is the VM's
// business: the VM installs FunctionType's call slot at start-up (vm/interpreter.ts).
//
// Payload `v`: a FuncData owning one reference to each non-null field.
import { clearWeakrefs } from "./weakrefobject.js";
import { decref, incref, PyObject, xdecref } from "./object.js";
import { allocObject, freeObject, objectId } from "./runtime.js";
import { newStr } from "./unicodeobject.js";
import { FunctionType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { codeData } from "./codeobject.js";

export interface FuncData {
  code: PyObject;
  globals: PyObject;
  builtins: PyObject;
  name: PyObject;
  qualname: PyObject;
  /** tuple of positional defaults, or null */
  defaults: PyObject | null;
  /** dict of keyword-only defaults, or null */
  kwdefaults: PyObject | null;
  /** tuple of cells, or null */
  closure: PyObject | null;
  doc: PyObject;
  module: PyObject | null;
  annotations: PyObject | null;
  /** __type_params__ when assigned (PEP 695 syntax is outside the subset), else null for () */
  typeParams: PyObject | null;
}

/** PyFunction_New: takes borrowed code/globals/builtins/doc/module and references them. */
export function newFunction(code: PyObject, globals: PyObject, builtins: PyObject, doc: PyObject, module: PyObject | null): PyObject {
  const cd = codeData(code);
  const data: FuncData = {
    code: incref(code),
    globals: incref(globals),
    builtins: incref(builtins),
    name: incref(cd.name),
    qualname: incref(cd.qualname),
    defaults: null,
    kwdefaults: null,
    closure: null,
    doc: incref(doc),
    module: module === null ? null : incref(module),
    annotations: null,
    typeParams: null,
  };
  const f = allocObject(FunctionType, 160, data, null);
  gcTrack(f);
  return f;
}

export function funcData(f: PyObject): FuncData {
  return f.v as FuncData;
}

const FIELDS = ["code", "globals", "builtins", "name", "qualname", "defaults", "kwdefaults", "closure", "doc", "module", "annotations", "typeParams"] as const;

const data = typeData(FunctionType);
data.dealloc = (f) => {
  clearWeakrefs(f);
  gcUntrack(f);
  const d = f.v as FuncData;
  for (const k of FIELDS) xdecref(d[k]);
  xdecref(f.dict);
  freeObject(f);
};
data.traverse = (f, visit) => {
  const d = f.v as FuncData;
  for (const k of FIELDS) {
    const o = d[k];
    if (o !== null) visit(o);
  }
  if (f.dict) visit(f.dict);
};

export { decref };

// func_repr: <function qualname at 0x...>
data.repr = (f) => newStr(`<function ${funcData(f).qualname.v as string} at 0x${objectId(f).toString(16)}>`);

// func_clear: drop everything but the code and names (globals, closure, defaults, dict ...)
data.clear = (f) => {
  const d = f.v as unknown as Record<string, PyObject | null>;
  for (const k of ["globals", "builtins", "module", "defaults", "kwdefaults", "doc", "closure", "annotations", "typeParams"]) {
    const o = d[k] ?? null;
    d[k] = null;
    if (o !== null) decref(o);
  }
  const dict = f.dict;
  f.dict = null;
  if (dict !== null) decref(dict);
};
