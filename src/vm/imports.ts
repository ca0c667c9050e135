// The import system, first form: built-in modules registered by name
// (src/modules) are created once per run and cached in sys.modules; anything else
// raises ModuleNotFoundError as CPython does when a module cannot be found.
import { decref, incref, PyObject } from "../objects/object.js";
import { raise, raiseObject, excWithMessage, setExcField, ModuleNotFoundError, ImportError } from "../objects/exceptions.js";
import { dictGetItemStr, dictSetItem, dictItems, dictDelItem, newDict } from "../objects/dictobject.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import { StrType, TupleType } from "../objects/types.js";
import { None } from "../objects/singletons.js";
import { tupleItems } from "../objects/tupleobject.js";
import { moduleDict } from "../objects/moduleobject.js";
import { genericGetAttr } from "../objects/descrobject.js";
import { onRuntimeReset } from "../objects/runtime.js";
import { execSourceModule } from "./sourcemodule.js";
import { importWithCost } from "./importcost.js";
import { setBuiltinModuleAttrs } from "./modulespec.js";

/** Factories of built-in modules: each returns a new module object. */
const registry = new Map<string, () => PyObject>();
/** sys.modules: a dict made on first use in each run */
let modulesDict: PyObject | null = null;
onRuntimeReset(() => {
  modulesDict = null;
});

export function registerModule(name: string, factory: () => PyObject): void {
  registry.set(name, factory);
}

/** sys.modules (borrowed). */
export function sysModules(): PyObject {
  if (modulesDict === null) modulesDict = newDict();
  return modulesDict;
}

/** The module sys.modules holds under `name` (borrowed), or null. */
export function moduleNamed(name: string): PyObject | null {
  return modulesDict === null ? null : dictGetItemStr(modulesDict, name);
}

/** sys.modules as a map of name → module (borrowed). */
export function loadedModules(): ReadonlyMap<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (modulesDict !== null) for (const [k, v] of dictItems(modulesDict)) out.set(k.v as string, v);
  return out;
}

/** Put a module (a new reference, taken over) into sys.modules. */
export function addModule(name: string, m: PyObject): void {
  dictSetItem(sysModules(), internStr(name), m);
  decref(m);
}

/** Drop `name` from sys.modules without touching the module's namespace. */
export function removeModule(name: string): void {
  if (modulesDict !== null && dictGetItemStr(modulesDict, name) !== null) dictDelItem(modulesDict, internStr(name));
}

/**
 * Interpreter shutdown: every module's dict is cleared (newest first, as
 * finalize_modules does), then sys.modules itself goes.
 */
export function releaseModules(clearDict: (d: PyObject) => void): void {
  const d = modulesDict;
  if (d === null) return;
  const modules = dictItems(d).map(([k, m]) => [k.v as string, incref(m)] as const).reverse();
  for (const [name, m] of modules) {
    // builtins' namespace outlives the modules (cleared last, after the final collections)
    if (m.dict !== null && name !== "builtins") clearDict(m.dict);
  }
  modulesDict = null;
  decref(d);
  for (const [, m] of modules) decref(m);
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
export function importModule(name: string, fromlist: PyObject, builtins: PyObject): PyObject {
  if (name.includes(".")) return importDotted(name, fromlist, builtins);
  const m = moduleNamed(name);
  if (m !== null) return incref(m);
  const factory = registry.get(name);
  if (factory !== undefined) {
    importWithCost(name, () => {
      const m = factory();
      setBuiltinModuleAttrs(m, name);
      addModule(name, m);
    });
  } else {
    importSource(name, builtins);
  }
  return incref(moduleNamed(name)!);
}

/**
 * `import a.b`: a first, then a.b inside it. pyarena has no packages: once `a` is
 * found, a.b is "not a package" unless something put it into sys.modules.
 */
function importDotted(name: string, fromlist: PyObject, builtins: PyObject): PyObject {
  const parts = name.split(".");
  const top = importModule(parts[0]!, fromlist, builtins);
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const parent = path;
    path = `${path}.${parts[i]}`;
    if (moduleNamed(path) === null) {
      decref(top);
      const e = excWithMessage(ModuleNotFoundError, `No module named '${path}'; '${parent}' is not a package`);
      setExcField(e, "name", newStr(path));
      raiseObject(e);
    }
  }
  // with a fromlist the leaf module is the result, else the top-level one
  const wantLeaf = fromlist !== None && fromlist.type === TupleType && tupleItems(fromlist).length > 0;
  if (!wantLeaf) return top;
  decref(top);
  return incref(moduleNamed(name)!);
}

function importSource(name: string, builtins: PyObject): void {
  const library = sourceRegistry.get(name);
  const found = library !== undefined ? { source: library, filename: `<pyarena>/${name}.py` } : importConfig.find(name);
  if (found === null) {
    const e = excWithMessage(ModuleNotFoundError, `No module named '${name}'`);
    setExcField(e, "name", newStr(name));
    raiseObject(e);
  }
  const m = execSourceModule(name, found.source, found.filename, builtins, (mod) => dictSetItem(sysModules(), internStr(name), mod), () => removeModule(name));
  decref(m);
}

export const moduleAttr = {
  importFrom(module: PyObject, name: PyObject): PyObject {
    const v = genericGetAttr(module, name);
    if (v !== null) return v;
    const modName = (module.w as string) ?? "?";
    const file = module.dict === null ? null : dictGetItemStr(module.dict, "__file__");
    const hasFile = file !== null && file.type === StrType;
    const e = excWithMessage(ImportError, `cannot import name '${name.v as string}' from '${modName}' (${hasFile ? (file.v as string) : "unknown location"})`);
    setExcField(e, "name", newStr(modName));
    if (hasFile) setExcField(e, "path", incref(file));
    raiseObject(e);
  },
  importStar(module: PyObject, ns: PyObject): void {
    for (const [key, value] of dictItems(moduleDict(module))) {
      if ((key.v as string).startsWith("_")) continue;
      dictSetItem(ns, key, value);
    }
  },
};

export { decref, dictGetItemStr };
