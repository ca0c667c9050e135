// Built-in functions, method descriptors and attribute lookup
// (Objects/descrobject.c, methodobject.c, object.c PyObject_GenericGetAttr,
// typeobject.c _PyType_Lookup / type_getattro).
//
// builtin_function_or_method: 56 + 16 bytes; payload `v` a BuiltinData (the method
// definition and the bound `self`, owned, or null for module-level functions).
// method_descriptor: 56 + 16 bytes; payload `v` a DescrData (definition, owner type).
import { noteTypeLookup } from "./methodcache.js";
import { clearWeakrefs } from "./weakrefobject.js";
import { enterRecursiveCall, leaveRecursiveCall } from "./abstract.js";
import { decref, incref, PyObject, xdecref } from "./object.js";
import { allocObject, freeObject, objectId } from "./runtime.js";
import { BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, GetSetDescrType, TypeType, ObjectType, StrType, DictType } from "./types.js";
import { typeData, tp, typeName, isSubtype, type MethodDef, type GetSetDef } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { raise, TypeError, AttributeError } from "./exceptions.js";
import { internStr, newStr } from "./unicodeobject.js";
import { tupleItems } from "./tupleobject.js";
import { dictGetItem, dictGetItemStr, dictSetItem, newDict } from "./dictobject.js";
import { None } from "./singletons.js";
import { staticSlotWrapper } from "./slotdefs.js";
import { withCallArgs } from "./callargs.js";
import { instanceAttr, storeInstanceAttr, ensureManagedDict } from "./heaptype.js";

export interface BuiltinData {
  name: string;
  def: MethodDef;
  self: PyObject | null;
  /** __module__ for module-level functions */
  module: string | null;
  /** __qualname__: the name, after the bound class (or the class bound to) for methods */
  qualname: string;
  /** how argument errors name it (_PyObject_FunctionStr): "list.append", "gc.collect", "len" */
  callName: string;
}

export interface DescrData {
  name: string;
  def: MethodDef;
  owner: PyObject;
  /** "list.append": __qualname__, and the name argument errors use */
  qualname: string;
}

export interface GetSetData {
  name: string;
  def: GetSetDef;
  owner: PyObject;
}

// ---- built-in functions and bound built-in methods --------------------------------------

export function newBuiltin(name: string, def: MethodDef, self: PyObject | null, module: string | null = null): PyObject {
  // meth_get__qualname__: a method's qualname follows the class of what it is bound to
  let qualname = name;
  if (self !== null && module === null) {
    const owner = isSubtype(self.type, TypeType) ? self : self.type;
    qualname = `${typeData(owner).qualname}.${name}`;
  }
  const callName = self === null && module !== null && module !== "builtins" ? `${module}.${name}` : qualname;
  const data: BuiltinData = { name, def, self: self === null ? null : incref(self), module, qualname, callName };
  const f = allocObject(BuiltinFunctionType, 72, data, null);
  gcTrack(f);
  return f;
}

/** Call a METH_* definition with CPython's argument-count errors. */
export function callMethodDef(def: MethodDef, name: string, self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (def.varargs) return withCallArgs(args, kwnames, () => callMethodDefWith(def, name, self, args, kwnames));
  return callMethodDefWith(def, name, self, args, kwnames);
}

function callMethodDefWith(def: MethodDef, name: string, self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : tupleItems(kwnames).length;
  // _PyArg_NoKwnames names the bare function; count errors use its qualified name
  if (nkw > 0 && def.kind !== "fastkw") raise(TypeError, `${name.slice(name.lastIndexOf(".") + 1)}() takes no keyword arguments`);
  switch (def.kind) {
    // METH_NOARGS and METH_O calls count against the C recursion limit
    // (cfunction_vectorcall_O / method_vectorcall_O); the FASTCALL kinds do not.
    case "noargs":
      if (args.length !== 0) raise(TypeError, `${name}() takes no arguments (${args.length} given)`);
      enterRecursiveCall(" while calling a Python object");
      try {
        return def.fn(self);
      } finally {
        leaveRecursiveCall();
      }
    case "o":
      if (args.length !== 1) raise(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
      enterRecursiveCall(" while calling a Python object");
      try {
        return def.fn(self, args[0]!);
      } finally {
        leaveRecursiveCall();
      }
    case "fast":
      return def.fn(self, args);
    case "fastkw": {
      const names = kwnames === null ? null : tupleItems(kwnames).map((n) => n.v as string);
      return def.fn(self, args, names);
    }
  }
}

const builtinData = typeData(BuiltinFunctionType);
builtinData.call = (f, args, kwnames) => {
  const d = f.v as BuiltinData;
  return callMethodDef(d.def, d.callName, d.self ?? None, args, kwnames);
};
builtinData.dealloc = (f) => {
  clearWeakrefs(f);
  gcUntrack(f);
  xdecref((f.v as BuiltinData).self);
  freeObject(f);
};
builtinData.traverse = (f, visit) => {
  const self = (f.v as BuiltinData).self;
  if (self !== null) visit(self);
};
builtinData.repr = (f) => {
  const d = f.v as BuiltinData;
  if (d.self === null || d.module !== null) return newStr(`<built-in function ${d.name}>`);
  return newStr(`<built-in method ${d.name} of ${typeName(d.self)} object at 0x${objectIdHex(d.self)}>`);
};

export function objectIdHex(o: PyObject): string {
  return objectId(o).toString(16);
}

// ---- method descriptors (str.upper in str's dict) ----------------------------------------

export function newMethodDescr(owner: PyObject, name: string, def: MethodDef, classMethod = false): PyObject {
  const data: DescrData = { name, def, owner, qualname: `${typeData(owner).qualname}.${name}` };
  const d = allocObject(classMethod ? ClassMethodDescrType : MethodDescrType, 72, data, null);
  gcTrack(d);
  return d;
}

for (const t of [MethodDescrType, ClassMethodDescrType]) {
  const data = typeData(t);
  data.dealloc = (d) => {
    gcUntrack(d);
    freeObject(d);
  };
  data.traverse = () => {};
}

typeData(MethodDescrType).descrGet = (descr, obj) => {
  if (obj === null) return incref(descr);
  const d = descr.v as DescrData;
  checkDescrSelf(d, obj);
  return newBuiltin(d.name, d.def, obj);
};
typeData(MethodDescrType).call = (descr, args, kwnames) => {
  const d = descr.v as DescrData;
  if (args.length === 0) raise(TypeError, `unbound method ${typeData(d.owner).name}.${d.name}() needs an argument`);
  checkDescrSelf(d, args[0]!);
  return callMethodDef(d.def, d.qualname, args[0]!, args.slice(1), kwnames);
};
typeData(MethodDescrType).repr = (descr) => {
  const d = descr.v as DescrData;
  return newStr(`<method '${d.name}' of '${typeData(d.owner).name}' objects>`);
};
typeData(ClassMethodDescrType).descrGet = (descr, obj, type) => {
  const d = descr.v as DescrData;
  return newBuiltin(d.name, d.def, type ?? obj!.type);
};

function checkDescrSelf(d: DescrData, obj: PyObject): void {
  if (obj.type !== d.owner && !isSubtype(obj.type, d.owner)) {
    raise(TypeError, `descriptor '${d.name}' for '${typeData(d.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

// ---- getset descriptors ---------------------------------------------------------------------

export function newGetSetDescr(owner: PyObject, name: string, def: GetSetDef): PyObject {
  const d = allocObject(GetSetDescrType, 64, { name, def, owner: incref(owner) } as GetSetData, null);
  gcTrack(d);
  return d;
}

const getsetData = typeData(GetSetDescrType);
getsetData.dealloc = (d) => {
  gcUntrack(d);
  decref((d.v as GetSetData).owner);
  freeObject(d);
};
getsetData.traverse = (d, visit) => visit((d.v as GetSetData).owner);
getsetData.descrGet = (descr, obj) => {
  if (obj === null) return incref(descr);
  return (descr.v as GetSetData).def.get(obj);
};
getsetData.descrSet = (descr, obj, value) => {
  const d = descr.v as GetSetData;
  if (!d.def.set && d.def.readonlyMember) raise(AttributeError, "readonly attribute");
  if (!d.def.set) raise(AttributeError, `attribute '${d.name}' of '${typeData(d.owner).name}' objects is not writable`);
  d.def.set(obj, value);
};

// ---- attribute lookup ---------------------------------------------------------------------------

/** _PyType_Lookup: the first definition of `name` along the MRO (borrowed), or null. */
export function typeLookup(type: PyObject, name: PyObject): PyObject | null {
  noteTypeLookup(type, name);
  const td = typeData(type);
  let cache = td.lookupCache;
  if (cache === null) cache = td.lookupCache = new Map();
  const key = name.v as string;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const found = lookupUncached(td.mro, name);
  cache.set(key, found);
  return found;
}

function lookupUncached(mro: PyObject[], name: PyObject): PyObject | null {
  const dunder = (name.v as string).charCodeAt(0) === 95 && (name.v as string).charCodeAt(1) === 95;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i]!;
    const data = typeData(t);
    const dict = data.dict;
    if (dict !== null) {
      const v = dictGetItemStr(dict, name);
      if (v !== null) return v;
    }
    // a built-in type's slots appear as wrapper descriptors (slotdefs.ts)
    if (dunder && data.heap === null) {
      const w = staticSlotWrapper(t, name.v as string);
      if (w !== null) return w;
    }
  }
  return null;
}

/** PyObject_GenericGetAttr (without raising: null when missing). */
export function genericGetAttr(obj: PyObject, name: PyObject): PyObject | null {
  const type = obj.type;
  const descr = typeLookup(type, name);
  let get: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | null = null;
  if (descr !== null) {
    const dt = tp(descr);
    get = dt.descrGet;
    if (get !== null && dt.descrSet !== null) return get(descr, obj, type);
  }
  const dv = obj.dict;
  if (dv !== null) {
    const v = dv instanceof PyObject ? dictGetItem(dv, name) : instanceAttr(obj, name);
    if (v !== null) return incref(v);
  }
  if (get !== null) return get(descr!, obj, type);
  if (descr !== null) return incref(descr);
  return null;
}

/** PyObject_GenericSetAttr */
export function genericSetAttr(obj: PyObject, name: PyObject, value: PyObject | null): void {
  const descr = typeLookup(obj.type, name);
  if (descr !== null) {
    const set = tp(descr).descrSet;
    if (set !== null) {
      set(descr, obj, value);
      return;
    }
  }
  if (obj.dict !== null && !(obj.dict instanceof PyObject)) {
    if (storeInstanceAttr(obj, name, value)) return;
  } else if (obj.dict === null && value !== null) {
    if (tp(obj).instanceDict) obj.dict = newDict();
    else ensureManagedDict(obj);
  }
  if (obj.dict === null) {
    if (descr === null) raise(AttributeError, `'${typeName(obj)}' object has no attribute '${name.v as string}'`);
    raise(AttributeError, `'${typeName(obj)}' object attribute '${name.v as string}' is read-only`);
  }
  if (value === null) {
    if (dictGetItem(obj.dict, name) === null) raise(AttributeError, `'${typeName(obj)}' object has no attribute '${name.v as string}'`);
    dictDelItemLocal(obj.dict, name);
  } else {
    dictSetItem(obj.dict, internStr(name.v as string), value);
  }
}

import { dictDelItem as dictDelItemLocal } from "./dictobject.js";

/** PyObject_GenericGetDict for types with an instance dict (tp_dictoffset): made on first use. */
function genericGetDict(o: PyObject): PyObject {
  if (o.dict === null) o.dict = newDict();
  return incref(o.dict);
}

/** `__dict__` of such types, read-only. */
export const instanceDictGetter: GetSetDef = { get: genericGetDict };

/** `__dict__` of such types, assignable (PyObject_GenericSetDict). */
export const instanceDictGetSet: GetSetDef = {
  get: genericGetDict,
  set: (o, v) => {
    if (v === null) raise(TypeError, "cannot delete __dict__");
    if (v.type !== DictType && !isSubtype(v.type, DictType)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    const old = o.dict;
    o.dict = incref(v);
    xdecref(old);
  },
};

/** type_getattro: the metatype's data descriptors, the type's own MRO, then the metatype's. */
export function typeGetAttr(type: PyObject, name: PyObject): PyObject | null {
  const meta = type.type;
  const metaAttr = typeLookup(meta, name);
  let metaGet: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | null = null;
  if (metaAttr !== null) {
    metaGet = tp(metaAttr).descrGet;
    if (metaGet !== null && tp(metaAttr).descrSet !== null) return metaGet(metaAttr, type, meta);
  }
  const attr = typeLookup(type, name);
  if (attr !== null) {
    const get = tp(attr).descrGet;
    if (get !== null) return get(attr, null, type);
    return incref(attr);
  }
  if (metaGet !== null) return metaGet(metaAttr!, type, meta);
  if (metaAttr !== null) return incref(metaAttr);
  return null;
}

/** _PyObject_GetMethod: an unbound function/method descriptor found on the type, not shadowed. */
export function lookupMethod(obj: PyObject, name: PyObject): PyObject | null {
  const data = tp(obj);
  if (data.getattro !== genericGetAttr) return null;
  const descr = typeLookup(obj.type, name);
  if (descr === null) return null;
  if (!isMethodDescriptor(descr)) return null;
  const dv = obj.dict;
  if (dv !== null && (dv instanceof PyObject ? dictGetItem(dv, name) : instanceAttr(obj, name)) !== null) return null;
  return incref(descr);
}

/** Py_TPFLAGS_METHOD_DESCRIPTOR: functions and method descriptors bind to self when called. */
export let isMethodDescriptor: (o: PyObject) => boolean = (o) => o.type === MethodDescrType;
export function setIsMethodDescriptor(fn: (o: PyObject) => boolean): void {
  isMethodDescriptor = fn;
}

/** Build a static type's dict from its method and getset definitions (PyType_Ready). */
export function readyStaticType(type: PyObject): void {
  const data = typeData(type);
  data.mro = [type];
  for (let t = data.base; t !== null; t = typeData(t).base) data.mro.push(t);
  const dict = newDict();
  for (const [name, def] of Object.entries(data.methodDefs)) setOwned(dict, name, newMethodDescr(type, name, def));
  for (const [name, def] of Object.entries(data.classMethodDefs)) setOwned(dict, name, newMethodDescr(type, name, def, true));
  for (const [name, def] of Object.entries(data.getsets)) setOwned(dict, name, newGetSetDescr(type, name, def));
  // type_dict_set_doc: every type's dict has __doc__ (None without tp_doc; pyarena keeps no docstrings)
  if (dictGetItemStr(dict, "__doc__") === null) dictSetItem(dict, internStr("__doc__"), None);
  data.dict = dict;
  data.lookupCache = null;
  data.versionTag = 0;
  data.subclasses = [];
}

function setOwned(dict: PyObject, name: string, value: PyObject): void {
  dictSetItem(dict, internStr(name), value);
  decref(value);
}

/** Fill in the slots a static type inherits from its bases (inherit_slots). */
export function inheritSlots(type: PyObject): void {
  const data = typeData(type) as unknown as Record<string, unknown>;
  for (let t = typeData(type).base; t !== null; t = typeData(t).base) {
    const base = typeData(t) as unknown as Record<string, unknown>;
    for (const key of INHERITED_SLOTS) {
      if (data[key] === null && base[key] !== null) data[key] = base[key];
    }
    // tp_dictoffset is inherited: exception subclasses have an instance __dict__
    if (base["instanceDict"] === true) data["instanceDict"] = true;
  }
}

export const INHERITED_SLOTS = [
  "dealloc", "traverse", "clear", "sizeof", "new", "init", "finalize", "repr", "str", "hash", "richcompare", "getattro", "setattro", "iter", "iternext", "descrGet", "descrSet", "format",
  "bool", "index", "int", "float", "neg", "pos", "abs", "invert", "add", "sub", "mul", "truediv", "floordiv", "mod",
  "divmod", "pow", "lshift", "rshift", "and", "or", "xor", "length", "getitem", "setitem", "contains", "concat", "repeat",
];

export { TypeType, ObjectType, StrType };
