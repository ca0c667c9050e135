// A built-in module's __spec__ and __loader__, as importlib sets them (_init_module_attrs).
//
// CPython's `import gc` finds the module through BuiltinImporter.find_spec, which makes
// a ModuleSpec: a class instance whose attributes live in its values array, plus one new
// list (_uninitialized_submodules). That list comes off the list free list and stays
// with the module, which a program can see: after `import gc` CPython has one free list
// fewer, so the program's next `[]` may be a new GC allocation. pyarena's ModuleSpec and
// BuiltinImporter are classes written in Python (src/modules/pysrc/importlib.ts) in
// the `_frozen_importlib` module loaded at start-up; the spec is built here directly,
// without running ModuleSpec.__init__, so that no Python code (and no eval-breaker
// check) runs inside an import.
import { decref, PyObject } from "../objects/object.js";
import { dictGetItemStr, dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import { newList } from "../objects/listobject.js";
import { None, False } from "../objects/singletons.js";
import { getAttr, setAttr } from "../objects/abstract.js";
import { allocInstance, isHeapType } from "../objects/heaptype.js";
import { moduleDict } from "../objects/moduleobject.js";
import { importModule, moduleNamed } from "./imports.js";

const IMPORTLIB = "_frozen_importlib";

/**
 * CPython 3.12's sys.builtin_module_names among pyarena's native modules. The others
 * (math, array, random) are extension or source modules in CPython, with a file-based
 * spec and loader that pyarena does not model: their __spec__ stays None.
 */
const BUILTIN_IN_CPYTHON = new Set(["_collections", "_functools", "_weakref", "atexit", "builtins", "gc", "itertools", "sys", "time"]);

/** Load _frozen_importlib (CPython's _install_importlib) and give the modules already there their specs. */
export function installImportlib(builtins: PyObject): void {
  decref(importModule(IMPORTLIB, None, builtins));
  for (const name of ["sys", "builtins"]) {
    const m = moduleNamed(name);
    if (m !== null) setBuiltinModuleAttrs(m, name);
  }
}

/** __spec__, __loader__ and __package__ of a built-in module (no-op before importlib exists). */
export function setBuiltinModuleAttrs(module: PyObject, name: string): void {
  const importlib = moduleNamed(IMPORTLIB);
  if (importlib === null || !BUILTIN_IN_CPYTHON.has(name)) return;
  const ns = moduleDict(importlib);
  const specClass = dictGetItemStr(ns, "ModuleSpec");
  const loader = dictGetItemStr(ns, "BuiltinImporter");
  // at shutdown the module's namespace may already be cleared
  if (specClass === null || loader === null || !isHeapType(specClass) || !isHeapType(loader)) return;
  const origin = getAttr(loader, internStr("_ORIGIN"));
  const spec = newModuleSpec(specClass, internStr(name), loader, origin);
  decref(origin);
  const d = moduleDict(module);
  dictSetItem(d, internStr("__spec__"), spec);
  decref(spec);
  dictSetItem(d, internStr("__loader__"), loader);
  dictSetItem(d, internStr("__package__"), internStr(""));
}

/** ModuleSpec(name, loader, origin=origin) after importlib's loading set _initializing back to False. */
function newModuleSpec(specClass: PyObject, name: PyObject, loader: PyObject, origin: PyObject): PyObject {
  const spec = allocInstance(specClass);
  const submodules = newList([]);
  const attrs: [string, PyObject][] = [
    ["name", name],
    ["loader", loader],
    ["origin", origin],
    ["loader_state", None],
    ["submodule_search_locations", None],
    ["_uninitialized_submodules", submodules],
    ["_set_fileattr", False],
    ["_cached", None],
    ["_initializing", False],
  ];
  for (const [key, value] of attrs) setAttr(spec, internStr(key), value);
  decref(submodules);
  return spec;
}
