// What classes need from the VM (Python/bltinmodule.c builtin___build_class__,
// Objects/typeobject.c type_call / type_new / type_setattro / object_new / object_init,
// slot_tp_getattr_hook, PyObject_CallFinalizerFromDealloc): running a class body in
// its namespace, creating the class, calling Python-level __getattr__, __setattr__
// and __del__, and zero-argument super().
import { decref, incref, PyObject, PyRaise, xdecref } from "../objects/object.js";
import * as T from "../objects/types.js";
import { typeData, tp, isSubtype, typeName, typeModified, TPFLAGS_HEAPTYPE, type MethodDef, type GetSetDef } from "../objects/typeobject.js";
import { raise, TypeError, AttributeError, RuntimeError, BaseException } from "../objects/exceptions.js";
import { kwargsDict, packPositional } from "../objects/callargs.js";
import { None, NotImplemented } from "../objects/singletons.js";
import { newTuple, tupleItems, EmptyTuple } from "../objects/tupleobject.js";
import { newDict, dictGetItemStr, dictSetItem, dictDelItem, isDict } from "../objects/dictobject.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import { funcData } from "../objects/funcobject.js";
import * as abs from "../objects/abstract.js";
import { typeLookup, genericGetAttr, genericSetAttr, typeGetAttr } from "../objects/descrobject.js";
import {
  typeNew, calculateMetaclass, allocInstance, fixupSlots, heapTypeTraverse, heapTypeClear, heapTypeDealloc, heapTypeSizeof,
  setModuleNameHook, setAttrSlotHooks, isHeapType,
} from "../objects/heaptype.js";
import { staticSlotWrapper, callDescriptor, SLOTDEFS } from "../objects/slotdefs.js";
import { setUnraisableWriter } from "../objects/unraisable.js";
import { setZeroArgSuper, superLookupMethod, superGetAttr, superCheck } from "../objects/superobject.js";
import { newMappingProxy } from "../objects/mappingproxy.js";
import { newMethod } from "../objects/classobject.js";
import { CO_FAST_CELL, CO_FAST_FREE } from "../compiler/code.js";
import { threadState } from "./threadstate.js";
import { setSpecialMethodLookup } from "./evalhelpers.js";
import { setDictMissingHook } from "../objects/dictobject.js";
import { dirOf } from "./introspection.js";
import { ensureManagedDict, instanceValues } from "../objects/heaptype.js";
import { dictLen } from "../objects/dictobject.js";
import { allocObject } from "../objects/runtime.js";
import { noteWeakReach } from "../objects/gcstress.js";
import { evalFrame, frameForCall } from "./eval.js";


// _PyObject_LookupSpecial (with, and the special-method calls of builtins): bound from the type
setSpecialMethodLookup((o, name) => {
  const descr = typeLookup(o.type, internStr(name));
  if (descr === null) return null;
  const get = tp(descr).descrGet;
  return get === null ? incref(descr) : get(descr, o, o.type);
});

// dict subclasses: d[key] for a missing key calls type(d).__missing__(d, key)
setDictMissingHook((d, key) => {
  const missing = typeLookup(d.type, internStr("__missing__"));
  if (missing === null) return null;
  return callDescriptor(missing, d, [key]);
});
setModuleNameHook(() => (threadState.frame === null ? null : dictGetItemStr(threadState.frame.globals, "__name__")));

// ---- __build_class__ -------------------------------------------------------------------------------

function kwValue(args: PyObject[], kwnames: string[] | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const i = kwnames.indexOf(name);
  return i < 0 ? null : args[args.length - kwnames.length + i]!;
}

export const buildClass: MethodDef = {
  kind: "fastkw",
  fn: (_self, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (npos < 2) raise(TypeError, "__build_class__: not enough arguments");
    const func = args[0]!;
    const name = args[1]!;
    if (func.type !== T.FunctionType) raise(TypeError, "__build_class__: func must be a function");
    if (name.type !== T.StrType && !isSubtype(name.type, T.StrType)) raise(TypeError, "__build_class__: name is not a string");
    const bases = newTuple(args.slice(2, npos).map((b) => incref(b)));
    const otherNames = (kwnames ?? []).filter((n) => n !== "metaclass");
    const otherValues = otherNames.map((n) => kwValue(args, kwnames, n)!);
    const kwTuple = otherNames.length === 0 ? null : newTuple(otherNames.map((n) => internStr(n)));
    try {
      let meta = kwValue(args, kwnames, "metaclass");
      const items = tupleItems(bases);
      if (meta === null) meta = items.length === 0 ? T.TypeType : items[0]!.type;
      if (isSubtype(meta.type, T.TypeType)) meta = calculateMetaclass(meta, items);
      const ns = prepare(meta, name, bases, kwTuple, otherValues);
      try {
        const cell = runClassBody(func, ns);
        try {
          const cls = abs.call(meta, [name, bases, ns, ...otherValues], kwTuple);
          if (cell.type === T.CellType && cell.v !== cls && isSubtype(cls.type, T.TypeType)) {
            const msg = cell.v === null
              ? `__class__ not set defining ${abs.reprText(name)} as ${abs.reprText(cls)}. Was __classcell__ propagated to type.__new__?`
              : `__class__ set to ${abs.reprText(cell.v as PyObject)} defining ${abs.reprText(name)} as ${abs.reprText(cls)}`;
            decref(cls);
            raise(TypeError, msg);
          }
          return cls;
        } finally {
          decref(cell);
        }
      } finally {
        decref(ns);
      }
    } finally {
      decref(bases);
      xdecref(kwTuple);
    }
  },
};

/** meta.__prepare__(name, bases, **kwds), which must return a mapping; type's gives a new dict. */
function prepare(meta: PyObject, name: PyObject, bases: PyObject, kwTuple: PyObject | null, kwValues: PyObject[]): PyObject {
  const prep = meta === T.TypeType ? null : abs.getAttrOrNull(meta, internStr("__prepare__"));
  if (prep === null) return newDict();
  try {
    const ns = abs.call(prep, [name, bases, ...kwValues], kwTuple);
    if (tp(ns).getitem === null) {
      const metaName = isSubtype(meta.type, T.TypeType) ? typeData(meta).name : "<metaclass>";
      decref(ns);
      raise(TypeError, `${metaName}.__prepare__() must return a mapping, not ${typeName(ns)}`);
    }
    return ns;
  } finally {
    decref(prep);
  }
}

/** Run the class body with `ns` as its locals; returns the __class__ cell or None. */
function runClassBody(func: PyObject, ns: PyObject): PyObject {
  const frame = frameForCall(incref(func), [], 0, 0, null);
  frame.locals = incref(ns);
  return evalFrame(frame);
}

// ---- type(...) ---------------------------------------------------------------------------------------

const typeData_ = typeData(T.TypeType);

typeData_.new = (meta, args, kwnames) => {
  const nkw = kwnames === null ? 0 : tupleItems(kwnames).length;
  const npos = args.length - nkw;
  if (npos !== 3) raise(TypeError, meta === T.TypeType ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
  const [name, bases, ns] = args as [PyObject, PyObject, PyObject];
  if (name.type !== T.StrType && !isSubtype(name.type, T.StrType)) raise(TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (bases.type !== T.TupleType && !isSubtype(bases.type, T.TupleType)) raise(TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!isDict(ns)) raise(TypeError, `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  return typeNew(meta, name, bases, ns, kwnames, args.slice(3));
};

typeData_.init = (_self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : tupleItems(kwnames).length;
  const npos = args.length - nkw;
  if (npos !== 1 && npos !== 3) raise(TypeError, "type.__init__() takes 1 or 3 arguments");
};

/**
 * Calling a type object. Types without a vectorcall of their own in 3.12 (classes, and
 * static types marked callPacksArgs) are called through _PyObject_MakeTpCall, which
 * packs the arguments first. Exception classes are the exception: BaseException_new
 * keeps that very tuple as `args`, which newException's own tuple stands for.
 */
typeData_.call = (type, args, kwnames) => {
  if (type === T.TypeType && args.length === 1 && kwnames === null) return incref(args[0]!.type);
  const data = typeData(type);
  if (!data.callPacksArgs && (data.heap === null || isSubtype(type, BaseException))) return typeCall(type, args, kwnames);
  // withCallArgs, written out: class instantiation is a hot path
  const argsTuple = packPositional(args, kwnames);
  let kwargs: PyObject | null = null;
  try {
    if (kwnames !== null) kwargs = kwargsDict(args, kwnames);
    return typeCall(type, args, kwnames);
  } finally {
    decref(argsTuple);
    if (kwargs !== null) decref(kwargs);
  }
};

/** type_call: tp_new, then the new object's tp_init. */
function typeCall(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const data = typeData(type);
  if (data.new === null) raise(TypeError, `cannot create '${data.name}' instances`);
  const obj = data.new(type, args, kwnames);
  if (!isSubtype(obj.type, type)) return obj;
  const init = tp(obj).init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

typeData_.dealloc = (t) => {
  if (!isHeapType(t)) throw new Error(`pyarena: dealloc of static type ${typeData(t).name}`);
  heapTypeDealloc(t);
};
typeData_.traverse = (t, visit) => {
  if (typeData(t).heap !== null) heapTypeTraverse(t, visit);
};
typeData_.clear = (t) => {
  if (typeData(t).heap !== null) heapTypeClear(t);
};
typeData_.sizeof = heapTypeSizeof;

/** type_setattro: classes take new attributes (and re-derive their slots for dunders); built-in types refuse. */
typeData_.setattro = (type, name, value) => {
  const data = typeData(type);
  if ((data.flags & TPFLAGS_HEAPTYPE) === 0) {
    raise(TypeError, `cannot set '${name.v as string}' attribute of immutable type '${data.name}'`);
  }
  const meta = type.type;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== null && tp(metaAttr).descrSet !== null) {
    tp(metaAttr).descrSet!(metaAttr, type, value);
    return;
  }
  const dict = data.dict!;
  const key = internStr(name.v as string);
  if (value === null) {
    if (dictGetItemStr(dict, key) === null) raise(AttributeError, `type object '${data.name}' has no attribute '${name.v as string}'`);
    dictDelItem(dict, key);
  } else {
    dictSetItem(dict, key, value);
  }
  typeModified(type);
  if ((name.v as string).startsWith("__") && (name.v as string).endsWith("__")) fixupSlotsTree(type);
};

/** update_slot: a dunder set on a class changes its slots and those of its subclasses. */
function fixupSlotsTree(type: PyObject): void {
  fixupSlots(type);
  for (const sub of typeData(type).subclasses) fixupSlotsTree(sub);
}

// Attributes of classes: heap types answer from their own fields and dict.
const heapOr = <T>(t: PyObject, heap: () => T, builtin: () => T): T => (typeData(t).heap !== null ? heap() : builtin());
Object.assign(typeData_.getsets, {
  __name__: {
    get: (t: PyObject) => heapOr(t, () => incref(typeData(t).heap!.name), () => newStr(typeData(t).name.slice(typeData(t).name.lastIndexOf(".") + 1))),
    set: (t: PyObject, v: PyObject | null) => setTypeName(t, v, "name"),
  },
  __qualname__: {
    get: (t: PyObject) => heapOr(t, () => incref(typeData(t).heap!.qualname), () => newStr(typeData(t).qualname)),
    set: (t: PyObject, v: PyObject | null) => setTypeName(t, v, "qualname"),
  },
  __module__: {
    get: (t: PyObject) => heapOr(t, () => {
      const m = dictGetItemStr(typeData(t).dict!, "__module__");
      if (m === null) raise(AttributeError, "__module__");
      return incref(m);
    }, () => newStr(typeData(t).module)),
    set: (t: PyObject, v: PyObject | null) => {
      checkMutable(t, "__module__");
      if (v === null) raise(TypeError, "cannot delete '__module__' attribute of immutable type");
      dictSetItem(typeData(t).dict!, internStr("__module__"), v);
      typeData(t).module = v.type === T.StrType ? (v.v as string) : typeData(t).module;
    },
  },
  __doc__: {
    get: (t: PyObject) => {
      const d = typeData(t).dict;
      const doc = d === null ? null : dictGetItemStr(d, "__doc__");
      if (doc === null) return incref(None);
      const get = tp(doc).descrGet;
      return get === null ? incref(doc) : get(doc, null, t);
    },
    set: (t: PyObject, v: PyObject | null) => {
      checkMutable(t, "__doc__");
      dictSetItem(typeData(t).dict!, internStr("__doc__"), v ?? None);
    },
  },
  __dict__: { get: (t: PyObject) => newMappingProxy(typeData(t).dict!) },
  __mro__: {
    get: (t: PyObject) => {
      const data = typeData(t);
      if (data.mroTuple !== null) return incref(data.mroTuple);
      return newTuple(data.mro.map((m) => incref(m)));
    },
  },
} satisfies Record<string, GetSetDef>);

function checkMutable(t: PyObject, attr: string): void {
  if (typeData(t).heap === null) raise(TypeError, `cannot set '${attr}' attribute of immutable type '${typeData(t).name}'`);
}

function setTypeName(t: PyObject, v: PyObject | null, which: "name" | "qualname"): void {
  const attr = `__${which}__`;
  checkMutable(t, attr);
  if (v === null) raise(TypeError, `cannot delete '${attr}' attribute of immutable type '${typeData(t).name}'`);
  if (v.type !== T.StrType) raise(TypeError, `can only assign string to ${typeData(t).name}.${attr}, not '${typeName(v)}'`);
  const heap = typeData(t).heap!;
  const old = heap[which];
  heap[which] = incref(v);
  decref(old);
  if (which === "name") typeData(t).name = v.v as string;
  else typeData(t).qualname = v.v as string;
}

typeData_.methodDefs["mro"] = { kind: "noargs", fn: (t) => listOf(typeData(t).mro) };
// classes only: built-in types do not list their built-in subclasses here
typeData_.methodDefs["__subclasses__"] = {
  kind: "noargs",
  fn: (t) => {
    noteWeakReach(); // CPython keeps subclasses by weak reference: a dead class is listed until collected
    return listOf(typeData(t).subclasses);
  },
};
function listOf(items: PyObject[]): PyObject {
  const tuple = newTuple(items.map((i) => incref(i)));
  try {
    return abs.call(T.ListType, [tuple]);
  } finally {
    decref(tuple);
  }
}
typeData_.classMethodDefs["__prepare__"] = { kind: "fastkw", fn: () => newDict() };

// ---- object() ------------------------------------------------------------------------------------------

const objectData = typeData(T.ObjectType);
function excessArgs(args: PyObject[], kwnames: PyObject | null): boolean {
  return args.length > 0 || (kwnames !== null && tupleItems(kwnames).length > 0);
}

/** object_new: the instance (with its values array for classes); excess arguments only when __init__ is not overridden. */
function objectNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const data = typeData(type);
  if (excessArgs(args, kwnames)) {
    if (data.new !== objectNew) raise(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (data.init === objectInit) raise(TypeError, `${data.name}() takes no arguments`);
  }
  if (data.heap !== null) return allocInstance(type);
  return allocObject(type, data.basicsize + data.preHeaderSize, null, null);
}

/** object_init: extra arguments are an error unless __new__ is overridden. */
function objectInit(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const type = tp(self);
  if (excessArgs(args, kwnames)) {
    if (type.init !== objectInit) raise(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (type.new === objectNew) raise(TypeError, `${type.name}() takes no arguments`);
  }
}

objectData.new = objectNew;
objectData.init = objectInit;

// ---- bound methods for functions --------------------------------------------------------------------

typeData(T.FunctionType).descrGet = (func, obj) => (obj === null ? incref(func) : newMethod(func, obj));

// ---- __getattr__ / __getattribute__ / __setattr__ / __delattr__ defined in Python --------------------------

/** The built-in slot a static wrapper stands for, or null when `descr` is Python-level. */
function builtinSlot(descr: PyObject | null, name: string, slot: "getattro" | "setattro"): unknown {
  if (descr === null) return null;
  const v = descr.v as { owner?: PyObject } | null;
  if (descr.type !== T.WrapperDescrType || v === null || v.owner === undefined) return undefined;
  if (staticSlotWrapper(v.owner, name) !== descr) return undefined;
  return typeData(v.owner)[slot];
}

setAttrSlotHooks(
  (type) => {
    const ga = typeLookup(type, internStr("__getattribute__"));
    const gattr = typeLookup(type, internStr("__getattr__"));
    const builtin = builtinSlot(ga, "__getattribute__", "getattro") as ((o: PyObject, n: PyObject) => PyObject | null) | undefined | null;
    if (gattr === null && builtin) return builtin;
    return (self: PyObject, name: PyObject): PyObject | null => {
      let r: PyObject | null;
      const own = typeLookup(self.type, internStr("__getattribute__"));
      const ownBuiltin = builtinSlot(own, "__getattribute__", "getattro") as ((o: PyObject, n: PyObject) => PyObject | null) | undefined | null;
      const hook = typeLookup(self.type, internStr("__getattr__"));
      try {
        r = ownBuiltin ? ownBuiltin(self, name) : callDescriptor(own!, self, [name]);
      } catch (e) {
        if (hook === null || !(e instanceof PyRaise) || !isSubtype(e.exc.type, AttributeError)) throw e;
        decref(e.exc);
        r = null;
      }
      if (r === null && hook !== null) r = callDescriptor(hook, self, [name]);
      return r;
    };
  },
  (type) => {
    const sa = typeLookup(type, internStr("__setattr__"));
    const da = typeLookup(type, internStr("__delattr__"));
    const setBuiltin = builtinSlot(sa, "__setattr__", "setattro");
    const delBuiltin = builtinSlot(da, "__delattr__", "setattro");
    if (setBuiltin && setBuiltin === delBuiltin) return setBuiltin;
    return (self: PyObject, name: PyObject, value: PyObject | null): void => {
      const which = value === null ? "__delattr__" : "__setattr__";
      const descr = typeLookup(self.type, internStr(which));
      const builtin = builtinSlot(descr, which, "setattro") as ((o: PyObject, n: PyObject, v: PyObject | null) => void) | undefined | null;
      if (builtin) builtin(self, name, value);
      else decref(callDescriptor(descr!, self, value === null ? [name] : [name, value]));
    };
  },
);

// ---- __del__ ------------------------------------------------------------------------------------------------

/** Where "Exception ignored in" reports go (the session installs its stderr and traceback printer). */
export const unraisable = {
  report: (_text: string, _exc: PyObject): void => {},
  /** sys.unraisablehook when a program replaced it (installed by the sys module): true if it took the report */
  customHook: (_exc: PyObject, _obj: PyObject): boolean => false,
};

/** PyErr_WriteUnraisable: "Exception ignored in: <obj repr>" and the traceback, on stderr. */
export function writeUnraisable(exc: PyObject, obj: PyObject): void {
  if (unraisable.customHook(exc, obj)) return;
  let where: string;
  try {
    where = abs.reprText(obj);
  } catch (e) {
    if (e instanceof PyRaise) decref(e.exc);
    where = `<object repr() failed>`;
  }
  unraisable.report(`Exception ignored in: ${where}\n`, exc);
}

setUnraisableWriter((exc, obj) => writeUnraisable(exc, obj));


// ---- super -----------------------------------------------------------------------------------------------------

/** super() with no arguments: the frame's first argument and its __class__ cell. */
setZeroArgSuper(() => {
  const frame = threadState.frame;
  if (frame === null) raise(RuntimeError, "super(): no current frame");
  const unit = frame.unit;
  if (unit.argcount === 0 && (unit.flags & 0x4) === 0) raise(RuntimeError, "super(): no arguments");
  let first = frame.fast[0] ?? null;
  if (first !== null && unit.localspluskinds[0]! & CO_FAST_CELL && first.type === T.CellType) first = first.v as PyObject | null;
  if (first === null) raise(RuntimeError, "super(): arg[0] deleted");
  const i = unit.localsplusnames.findIndex((n, k) => n === "__class__" && (unit.localspluskinds[k]! & CO_FAST_FREE) !== 0);
  if (i < 0) raise(RuntimeError, "super(): __class__ cell not found");
  const cell = frame.fast[i]!;
  const cls = cell.v as PyObject | null;
  if (cls === null) raise(RuntimeError, "super(): empty __class__ cell");
  if (!isSubtype(cls.type, T.TypeType)) raise(RuntimeError, `super(): __class__ is not a type (${typeName(cls)})`);
  return [cls, first];
});

/**
 * LOAD_SUPER_ATTR with the built-in super: look `name` up past `cls` in self's MRO
 * without making a super object (as the specialized instruction does). Method form:
 * [function, self] when an unbound function is found, else [null, attribute].
 */
export function loadSuperAttr(globalSuper: PyObject, cls: PyObject, self: PyObject, name: PyObject, method: boolean, twoArgs: boolean): [PyObject | null, PyObject] {
  if (globalSuper !== T.SuperType || !isSubtype(cls.type, T.TypeType)) {
    const sup = twoArgs ? abs.call(globalSuper, [cls, self]) : abs.call(globalSuper, []);
    try {
      return [null, abs.getAttr(sup, name)];
    } finally {
      decref(sup);
    }
  }
  if (method) {
    const found = superLookupMethod(cls, self, name);
    if (found !== null) return found.bound ? [null, found.method] : [found.method, incref(self)];
  } else {
    const objType = superCheck(cls, self);
    const r = superGetAttr(cls, self, objType, name);
    if (r !== null) return [null, r];
  }
  // not found: super_getattro falls back to the super object's own attributes, which fail
  raise(AttributeError, `'super' object has no attribute '${name.v as string}'`);
}

// ---- dir() of classes ------------------------------------------------------------------------------------------

/** The dunder names built-in types show through wrapper descriptors (for dir()). */
export function staticSlotNames(type: PyObject): string[] {
  const names: string[] = [];
  for (const def of SLOTDEFS) if (staticSlotWrapper(type, def.name) !== null && !names.includes(def.name)) names.push(def.name);
  if (staticSlotWrapper(type, "__new__") !== null) names.push("__new__");
  return names;
}


// ---- the rest of object's methods ---------------------------------------------------------------------------------

objectData.methodDefs["__reduce_ex__"] = { kind: "o", fn: () => raise(TypeError, "pyarena: pickling (object.__reduce_ex__) is not supported yet") };
objectData.methodDefs["__reduce__"] = { kind: "noargs", fn: () => raise(TypeError, "pyarena: pickling (object.__reduce__) is not supported yet") };
/** object.__getstate__ (object_getstate_default): the instance dict, or None when empty; with slots, (dict, slots). */
objectData.methodDefs["__getstate__"] = {
  kind: "noargs",
  fn: (o) => {
    const state = instanceDictState(o);
    const heap = tp(o).heap;
    if (heap === null || heap.slotCount === 0) return state;
    const slots = newDict();
    for (let t: PyObject | null = o.type; t !== null && typeData(t).heap !== null; t = typeData(t).base) {
      const h = typeData(t).heap!;
      h.slotNames.forEach((name, i) => {
        const v = (o.w as (PyObject | null)[])[h.slotStart + i] ?? null;
        if (v !== null) dictSetItem(slots, internStr(name), v);
      });
    }
    if (dictLen(slots) === 0) {
      decref(slots);
      return state;
    }
    return newTuple([state, slots]);
  },
};

function instanceDictState(o: PyObject): PyObject {
  const values = instanceValues(o);
  if (values !== null && values.order.length === 0) return incref(None);
  const d = o.dict instanceof PyObject ? o.dict : ensureManagedDict(o);
  return d === null || dictLen(d) === 0 ? incref(None) : incref(d);
}
objectData.classMethodDefs["__subclasshook__"] = { kind: "fast", fn: () => incref(NotImplemented) };
objectData.classMethodDefs["__init_subclass__"] = {
  kind: "fastkw",
  fn: (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${typeData(cls).name}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 0) raise(TypeError, `${typeData(cls).name}.__init_subclass__() takes no arguments (${args.length} given)`);
    return incref(None);
  },
};
objectData.methodDefs["__format__"] = {
  kind: "o",
  fn: (o, spec) => {
    if (spec.type !== T.StrType && !isSubtype(spec.type, T.StrType)) raise(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    if ((spec.v as string).length > 0) raise(TypeError, `unsupported format string passed to ${typeName(o)}.__format__`);
    return abs.str(o);
  },
};
objectData.methodDefs["__dir__"] = { kind: "noargs", fn: (o) => dirOf(o) };
