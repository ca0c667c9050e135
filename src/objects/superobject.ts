// super (Objects/typeobject.c super_init, super_getattro, _PySuper_Lookup): attribute
// lookup that starts after `type` in the MRO of the object's class.
// 40 + 16 bytes; payload `v` a SuperData owning type, obj and obj_type.
import { decref, incref, PyObject, xdecref } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { SuperType, TypeType, FunctionType } from "./types.js";
import { isSubtype, tp, typeData, typeName } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { raise, TypeError, RuntimeError } from "./exceptions.js";
import { newStr, internStr } from "./unicodeobject.js";
import { dictGetItemStr } from "./dictobject.js";
import { staticSlotWrapper } from "./slotdefs.js";
import { genericGetAttr } from "./descrobject.js";
import { getAttrOrNull, reprText } from "./abstract.js";
import { tupleItems } from "./tupleobject.js";
import { None } from "./singletons.js";

interface SuperData {
  type: PyObject;
  obj: PyObject | null;
  objType: PyObject | null;
}

/** supercheck: the class whose MRO is searched for super(type, obj). */
export function superCheck(type: PyObject, obj: PyObject): PyObject {
  if (isSubtype(obj.type, TypeType) && isSubtype(obj, type)) return obj;
  if (isSubtype(obj.type, type)) return obj.type;
  const cls = getAttrOrNull(obj, internStr("__class__"));
  if (cls !== null) {
    const ok = isSubtype(cls.type, TypeType) && cls !== obj.type && isSubtype(cls, type);
    decref(cls);
    if (ok) return cls;
  }
  raise(TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/**
 * _PySuper_Lookup without a super object: the first definition of `name` after `type`
 * in objType's MRO (borrowed), or null.
 */
export function superLookupRaw(type: PyObject, objType: PyObject, name: PyObject): PyObject | null {
  const mro = typeData(objType).mro;
  let i = mro.indexOf(type);
  if (i < 0) return null;
  const dunder = (name.v as string).startsWith("__");
  for (i++; i < mro.length; i++) {
    const t = mro[i]!;
    const data = typeData(t);
    if (data.dict !== null) {
      const v = dictGetItemStr(data.dict, name);
      if (v !== null) return v;
    }
    if (dunder && data.heap === null) {
      const w = staticSlotWrapper(t, name.v as string);
      if (w !== null) return w;
    }
  }
  return null;
}

/** super(type, obj).name, bound as super_getattro binds it (a new reference), or null when missing. */
export function superGetAttr(type: PyObject, obj: PyObject | null, objType: PyObject | null, name: PyObject): PyObject | null {
  if (objType === null || (name.v as string) === "__class__") return null;
  const res = superLookupRaw(type, objType, name);
  if (res === null) return null;
  const get = tp(res).descrGet;
  if (get === null) return incref(res);
  return get(res, obj === objType ? null : obj, objType);
}

/** A method found by super that binds to obj (LOAD_SUPER_ATTR's method form): the unbound function. */
export function superLookupMethod(type: PyObject, obj: PyObject, name: PyObject): { method: PyObject; bound: false } | { method: PyObject; bound: true } | null {
  const objType = superCheck(type, obj);
  const res = superLookupRaw(type, objType, name);
  if (res === null) return null;
  if (res.type === FunctionType && obj !== objType) return { method: incref(res), bound: false };
  const get = tp(res).descrGet;
  return { method: get === null ? incref(res) : get(res, obj === objType ? null : obj, objType), bound: true };
}

export function newSuper(superType: PyObject, type: PyObject, obj: PyObject | null): PyObject {
  if (!isSubtype(type.type, TypeType)) raise(TypeError, `super() argument 1 must be a type, not ${typeName(type)}`);
  const objType = obj === null ? null : superCheck(type, obj);
  const data: SuperData = { type: incref(type), obj: obj === null ? null : incref(obj), objType: objType === null ? null : incref(objType) };
  const td = typeData(superType);
  const s = allocObject(superType, td.basicsize + td.preHeaderSize, data, null);
  gcTrack(s);
  return s;
}

let zeroArgs: () => [PyObject, PyObject] = () => raise(RuntimeError, "super(): no arguments");
/** Installed by the VM: the __class__ cell and first argument of the calling frame. */
export function setZeroArgSuper(fn: typeof zeroArgs): void {
  zeroArgs = fn;
}

const data = typeData(SuperType);
data.new = (type, args, kwnames) => {
  if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, "super() takes no keyword arguments");
  if (args.length > 2) raise(TypeError, `super() expected at most 2 arguments, got ${args.length}`);
  if (args.length === 0) {
    const [cls, obj] = zeroArgs();
    return newSuper(type, cls, obj);
  }
  return newSuper(type, args[0]!, args.length > 1 && args[1] !== None ? args[1]! : null);
};
data.dealloc = (s) => {
  gcUntrack(s);
  const d = s.v as SuperData;
  xdecref(d.obj);
  decref(d.type);
  xdecref(d.objType);
  freeObject(s);
};
data.traverse = (s, visit) => {
  const d = s.v as SuperData;
  if (d.obj !== null) visit(d.obj);
  visit(d.type);
  if (d.objType !== null) visit(d.objType);
};
data.getattro = (s, name) => {
  const d = s.v as SuperData;
  return superGetAttr(d.type, d.obj, d.objType, name) ?? genericGetAttr(s, name);
};
data.descrGet = (s, obj) => {
  const d = s.v as SuperData;
  if (obj === null || d.obj !== null) return incref(s);
  return newSuper(s.type, d.type, obj);
};
data.repr = (s) => {
  const d = s.v as SuperData;
  const typeText = reprText(d.type);
  if (d.objType === null) return newStr(`<super: ${typeText}, NULL>`);
  return newStr(`<super: ${typeText}, <${typeData(d.objType).name} object>>`);
};
const ro = (get: (s: PyObject) => PyObject) => ({ get, readonlyMember: true });
data.getsets["__thisclass__"] = ro((s) => incref((s.v as SuperData).type));
data.getsets["__self__"] = ro((s) => incref((s.v as SuperData).obj ?? None));
data.getsets["__self_class__"] = ro((s) => incref((s.v as SuperData).objType ?? None));
