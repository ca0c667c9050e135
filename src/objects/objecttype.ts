// The slots of `object` and `type` (Objects/typeobject.c): identity hash, the default
// repr `<module.Name object at 0x...>`, generic attribute access, and type's repr.
import { incref, PyObject } from "./object.js";
import { ObjectType, TypeType } from "./types.js";
import { CompareOp, typeData, tp } from "./typeobject.js";
import { NotImplemented, True, False } from "./singletons.js";
import { newStr } from "./unicodeobject.js";
import { objectId } from "./runtime.js";
import { hashPointer } from "./pyhash.js";
import { genericGetAttr, genericSetAttr, typeGetAttr } from "./descrobject.js";
import { normHash, setDefaultRepr } from "./abstract.js";

function qualifiedName(type: PyObject): string {
  const data = typeData(type);
  return data.module === "builtins" ? data.qualname : `${data.module}.${data.qualname}`;
}

export function idHex(o: PyObject): string {
  return objectId(o).toString(16);
}

function objectRepr(o: PyObject): PyObject {
  return newStr(`<${qualifiedName(o.type)} object at 0x${idHex(o)}>`);
}

const obj = typeData(ObjectType);
obj.repr = objectRepr;
obj.hash = (o) => normHash(hashPointer(objectId(o)));
obj.getattro = genericGetAttr;
obj.setattro = genericSetAttr;
obj.richcompare = (a, b, op) => {
  if (op === CompareOp.EQ) return a === b ? True : incref(NotImplemented);
  if (op === CompareOp.NE) {
    // object.__ne__ inverts __eq__ unless it returned NotImplemented
    const eq = tp(a).richcompare;
    if (eq !== null && eq !== obj.richcompare) {
      const r = eq(a, b, CompareOp.EQ);
      if (r === NotImplemented) return r;
      const result = r === True ? False : True;
      return result;
    }
    return a !== b ? True : incref(NotImplemented);
  }
  return incref(NotImplemented);
};
setDefaultRepr(objectRepr);

const type = typeData(TypeType);
type.getattro = typeGetAttr;
type.repr = (t) => newStr(`<class '${qualifiedName(t)}'>`);
type.hash = obj.hash;
