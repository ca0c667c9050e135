// Module objects (Objects/moduleobject.c): 56 + 16 bytes, GC. The module's namespace
// is its instance dict (`dict`, owned), so attribute access is the generic one;
// `w` holds the module name as a JS string.
import { clearWeakrefs } from "./weakrefobject.js";
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { ModuleType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { newStr, internStr } from "./unicodeobject.js";
import { newDict, dictSetItem, dictKeysList } from "./dictobject.js";
import { None } from "./singletons.js";
import { raise, TypeError } from "./exceptions.js";
import { StrType } from "./types.js";

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
// module_clear: Py_CLEAR(md_dict)
data.clear = (m) => {
  const d = m.dict;
  m.dict = null;
  if (d !== null) decref(d);
};
data.repr = (m) => newStr(`<module '${m.w as string}' (built-in)>`);

// module(name, doc=None): types.ModuleType
data.new = (type, args, kwnames) => {
  void kwnames;
  if (args.length < 1 || args.length > 2) raise(TypeError, `module() takes at most 2 arguments (${args.length} given)`);
  const name = args[0]!;
  if (name.type !== StrType) raise(TypeError, `module.__init__() argument 'name' must be str, not ${typeData(name.type).name}`);
  const d = newDict();
  dictSetItem(d, internStr("__name__"), name);
  dictSetItem(d, internStr("__doc__"), args[1] ?? None);
  for (const key of ["__package__", "__loader__", "__spec__"]) dictSetItem(d, internStr(key), None);
  const m = allocObject(type, 72, null, name.v as string);
  m.dict = d;
  gcTrack(m);
  return m;
};

/** A built-in module's namespace as PyModule_Create starts it: __name__, __doc__, __package__, __loader__, __spec__. */
export function newModuleDict(name: string): PyObject {
  const d = newDict();
  const n = newStr(name);
  dictSetItem(d, internStr("__name__"), n);
  decref(n);
  for (const key of ["__doc__", "__package__", "__loader__", "__spec__"]) dictSetItem(d, internStr(key), None);
  return d;
}

// module.__dict__: the namespace itself
data.getsets["__dict__"] = { get: (m) => incref(m.dict!), readonlyMember: true };

// module_dir: the names in the module's namespace (dir() sorts them)
data.methodDefs["__dir__"] = { kind: "noargs", fn: (m) => dictKeysList(m.dict!) };
