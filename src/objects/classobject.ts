// Bound methods (Objects/classobject.c): `obj.m` for a Python function `m` defined in
// obj's class. 48 + 16 bytes, GC, no free list in 3.12. Payload `v`: the function and
// the instance it is bound to, both owned.
import { clearWeakrefs } from "./weakrefobject.js";
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { MethodType } from "./types.js";
import { CompareOp, tp, typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { newStr } from "./unicodeobject.js";
import { NotImplemented, pyBool, None } from "./singletons.js";
import { raise, TypeError } from "./exceptions.js";
import { call, getAttrOrNull, hash, isCallable, normHash, reprText, richCompareBool } from "./abstract.js";
import { genericGetAttr } from "./descrobject.js";
import { internStr } from "./unicodeobject.js";
import { isSubtype } from "./typeobject.js";
import { StrType } from "./types.js";
import { objectId } from "./runtime.js";
import { hashPointer } from "./pyhash.js";

export interface MethodData {
  func: PyObject;
  self: PyObject;
}

/** PyMethod_New: takes new references to func and self. */
export function newMethod(func: PyObject, self: PyObject): PyObject {
  const m = allocObject(MethodType, 64, { func: incref(func), self: incref(self) } as MethodData, null);
  gcTrack(m);
  return m;
}

const data = typeData(MethodType);
data.dealloc = (m) => {
  clearWeakrefs(m);
  gcUntrack(m);
  const d = m.v as MethodData;
  decref(d.self);
  decref(d.func);
  freeObject(m);
};
data.traverse = (m, visit) => {
  const d = m.v as MethodData;
  visit(d.func);
  visit(d.self);
};
data.call = (m, args, kwnames) => {
  const d = m.v as MethodData;
  return call(d.func, [d.self, ...args], kwnames);
};
data.descrGet = (m) => incref(m);
data.repr = (m) => {
  const d = m.v as MethodData;
  let name = "?";
  for (const attr of ["__qualname__", "__name__"]) {
    const n = getAttrOrNull(d.func, internStr(attr));
    if (n === null) continue;
    const ok = n.type === StrType || isSubtype(n.type, StrType);
    if (ok) name = n.v as string;
    decref(n);
    if (ok) break;
  }
  return newStr(`<bound method ${name} of ${reprText(d.self)}>`);
};
// meth_richcompare: equal when the functions are equal and the selves identical
data.richcompare = (a, b, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || b.type !== MethodType) return incref(NotImplemented);
  const da = a.v as MethodData;
  const db = b.v as MethodData;
  const eq = da.self === db.self && richCompareBool(da.func, db.func, CompareOp.EQ);
  return pyBool(op === CompareOp.EQ ? eq : !eq);
};
data.hash = (m) => {
  const d = m.v as MethodData;
  return normHash(BigInt.asIntN(64, BigInt(hashPointer(objectId(d.self))) ^ BigInt(hash(d.func))));
};
data.getsets["__func__"] = { get: (m) => incref((m.v as MethodData).func), readonlyMember: true };
data.getsets["__self__"] = { get: (m) => incref((m.v as MethodData).self), readonlyMember: true };
// method_getattro: attributes not found on the method come from the function
data.getattro = (m, name) => {
  const own = genericGetAttr(m, name);
  if (own !== null) return own;
  const func = (m.v as MethodData).func;
  const slot = tp(func).getattro;
  return slot === null ? null : slot(func, name);
};

// method(function, instance): types.MethodType
data.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.v.length > 0) raise(TypeError, "method() takes no keyword arguments");
  if (args.length !== 2) raise(TypeError, `method expected 2 arguments, got ${args.length}`);
  if (!isCallable(args[0]!)) raise(TypeError, "first argument must be callable");
  if (args[1] === None) raise(TypeError, "instance must not be None");
  return newMethod(args[0]!, args[1]!);
};
