// What built-in functions need to know about the running program: the namespaces
// of the current frame (globals(), locals(), vars()) and dir()'s attribute list.
import { incref, PyObject } from "../objects/object.js";
import * as T from "../objects/types.js";
import { typeData, isSubtype } from "../objects/typeobject.js";
import { raise, TypeError } from "../objects/exceptions.js";
import { newDict, dictSetItem, dictItems } from "../objects/dictobject.js";
import { newList } from "../objects/listobject.js";
import { newStr, internStr } from "../objects/unicodeobject.js";
import { threadState } from "./threadstate.js";
import { ensureManagedDict } from "../objects/heaptype.js";
import { staticSlotNames } from "./classes.js";

/** globals(): the current frame's globals (borrowed). */
export function currentGlobals(): PyObject {
  const frame = threadState.frame;
  if (frame === null) raise(TypeError, "no current frame");
  return frame.globals;
}

/** locals(): the namespace of a module or class body, or a snapshot of a function's locals (new reference). */
export function currentLocals(): PyObject {
  const frame = threadState.frame;
  if (frame === null) raise(TypeError, "no current frame");
  if (frame.locals !== null) return incref(frame.locals);
  const d = newDict();
  const unit = frame.unit;
  unit.localsplusnames.forEach((name, i) => {
    let v = frame.fast[i] ?? null;
    if (v !== null && unit.localspluskinds[i]! & 0xc0) v = v.v as PyObject | null;
    if (v !== null) dictSetItem(d, internStr(name), v);
  });
  return d;
}

/** object.__dir__: the instance __dict__'s keys and every attribute along the type's MRO, sorted. */
export function dirOf(o: PyObject): PyObject {
  const names = new Set<string>();
  const add = (d: PyObject | null) => {
    if (d !== null) for (const [k] of dictItems(d)) if (k.type === T.StrType) names.add(k.v as string);
  };
  // object.__dir__ reads obj.__dict__, which gives an instance its dict (as in CPython)
  const own = ensureManagedDict(o) ?? (o.dict instanceof PyObject ? o.dict : null);
  add(own);
  const type = isSubtype(o.type, T.TypeType) ? o : o.type;
  for (const t of typeData(type).mro) {
    add(typeData(t).dict);
    if (typeData(t).heap === null) for (const n of staticSlotNames(t)) names.add(n);
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return newList(sorted.map((n) => newStr(n)));
}
