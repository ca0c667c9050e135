// The slots of `object` and `type` (Objects/typeobject.c): identity hash, the default
// repr `<module.Name object at 0x...>`, generic attribute access, and type's repr.
import { decref, incref, PyObject } from "./object.js";
import { ObjectType, TypeType } from "./types.js";
import { CompareOp, typeData, tp } from "./typeobject.js";
import { NotImplemented, True, False } from "./singletons.js";
import { newStr } from "./unicodeobject.js";
import { objectId } from "./runtime.js";
import { hashPointer } from "./pyhash.js";
import { genericGetAttr, genericSetAttr, typeGetAttr } from "./descrobject.js";
import { normHash, setDefaultRepr, repr as reprOf, isTrue as isTrueOf } from "./abstract.js";

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
obj.slotsInW = true;
obj.repr = objectRepr;
obj.hash = (o) => normHash(hashPointer(objectId(o)));
obj.getattro = genericGetAttr;
// object_str: str() falls back to repr()
obj.str = (o) => reprOf(o);
obj.setattro = genericSetAttr;
obj.richcompare = (a, b, op) => {
  if (op === CompareOp.EQ) return a === b ? True : incref(NotImplemented);
  if (op === CompareOp.NE) {
    // object.__ne__ inverts __eq__ unless it returned NotImplemented
    const eq = tp(a).richcompare;
    if (eq !== null && eq !== obj.richcompare) {
      const r = eq(a, b, CompareOp.EQ);
      if (r === NotImplemented) return r;
      // object_richcompare: the truth of __eq__'s result, inverted
      const truth = isTrueOf(r);
      decref(r);
      return truth ? False : True;
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

// None, NotImplemented and Ellipsis (Objects/object.c): their reprs; None is falsy.
import { None, NotImplemented as NotImplementedObj, Ellipsis } from "./singletons.js";
const noneData = tp(None);
noneData.repr = () => newStr("None");
noneData.bool = () => false;
noneData.hash = obj.hash;
tp(NotImplementedObj).repr = () => newStr("NotImplemented");
tp(Ellipsis).repr = () => newStr("Ellipsis");

// object() instances: a bare 16-byte header (object_new); NoneType() returns None.
import { allocObject, freeObject } from "./runtime.js";
import { raise, TypeError as TypeErrorExc } from "./exceptions.js";
import { tupleItems as tupleItemsOf } from "./tupleobject.js";
obj.dealloc = (o) => freeObject(o);
obj.sizeof = (o) => typeData(o.type).basicsize;
noneData.new = (_type, args) => {
  if (args.length > 0) raise(TypeErrorExc, "NoneType takes no arguments");
  return None;
};
