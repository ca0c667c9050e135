// The import system, first form: built-in modules registered by name
// (src/modules) are created once per run and cached in sys.modules; anything else
// raises ModuleNotFoundError as CPython does when a module cannot be found.
import { decref, incref, PyObject } from "../objects/object.js";
import { raise, ModuleNotFoundError, ImportError } from "../objects/exceptions.js";
import { dictGetItemStr, dictSetItem, dictItems } from "../objects/dictobject.js";
import { moduleDict } from "../objects/moduleobject.js";
import { genericGetAttr } from "../objects/descrobject.js";
import { onRuntimeReset } from "../objects/runtime.js";
import { execSourceModule } from "./sourcemodule.js";

/** Factories of built-in modules: each returns a new module object. */
const registry = new Map<string, () => PyObject>();
let loaded = new Map<string, PyObject>();
onRuntimeReset(() => {
  loaded = new Map();
});

export function registerModule(name: string, factory: () => PyObject): void {
  registry.set(name, factory);
}

export function loadedModules(): ReadonlyMap<string, PyObject> {
  return loaded;
}

/** Interpreter shutdown: sys.modules lets go of every module (their dicts are cleared first). */
export function releaseModules(clearDict: (d: PyObject) => void): void {
  const modules = [...loaded.values()].reverse();
  loaded = new Map();
  for (const m of modules) {
    if (m.dict !== null) clearDict(m.dict);
    decref(m);
  }
}

/** Library modules pyarena writes in Python (src/modules/pysrc), by name. */
const sourceRegistry = new Map<string, string>();
export function registerSourceModule(name: string, source: string): void {
  sourceRegistry.set(name, source);
}

/** Where `.py` modules are found: installed by the CLI (the script's directory, sys.path[0]). */
export const importConfig = {
  find: (_name: string): { source: string; filename: string } | null => null,
};

/** IMPORT_NAME with level 0: the top-level package for `import a.b`, the module itself otherwise. */
export function importModule(name: string, _fromlist: PyObject, builtins: PyObject): PyObject {
  let m = loaded.get(name);
  if (m === undefined) {
    const factory = registry.get(name);
    if (factory !== undefined) {
      m = factory();
      loaded.set(name, m);
    } else {
      m = importSource(name, builtins);
    }
  }
  return incref(m);
}

function importSource(name: string, builtins: PyObject): PyObject {
  const library = sourceRegistry.get(name);
  const found = library !== undefined ? { source: library, filename: `<pyarena>/${name}.py` } : importConfig.find(name);
  if (found === null) raise(ModuleNotFoundError, `No module named '${name}'`);
  return execSourceModule(name, found.source, found.filename, builtins, (mod) => loaded.set(name, mod), () => loaded.delete(name));
}

export const moduleAttr = {
  importFrom(module: PyObject, name: PyObject): PyObject {
    const v = genericGetAttr(module, name);
    if (v !== null) return v;
    const modName = (module.w as string) ?? "?";
    raise(ImportError, `cannot import name '${name.v as string}' from '${modName}' (unknown location)`);
  },
  importStar(module: PyObject, ns: PyObject): void {
    for (const [key, value] of dictItems(moduleDict(module))) {
      if ((key.v as string).startsWith("_")) continue;
      dictSetItem(ns, key, value);
    }
  },
};

export { decref, dictGetItemStr };
