// mappingproxy (Objects/descrobject.c): the read-only view a class's __dict__ returns.
// 24 + 16 bytes, GC; payload `v` the mapping (owned). Reads go to the mapping.
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { MappingProxyType } from "./types.js";
import { typeData } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { newStr, internStr } from "./unicodeobject.js";
import { call, contains, getAttr, getItem, getIter, length, reprText, richCompare, str as strOf } from "./abstract.js";
import { raise, TypeError } from "./exceptions.js";

export function newMappingProxy(mapping: PyObject): PyObject {
  const p = allocObject(MappingProxyType, 40, incref(mapping), null);
  gcTrack(p);
  return p;
}

function forward(method: string) {
  return {
    kind: "fast" as const,
    fn: (p: PyObject, args: PyObject[]): PyObject => {
      const m = getAttr(p.v as PyObject, internStr(method));
      try {
        return call(m, args);
      } finally {
        decref(m);
      }
    },
  };
}

const data = typeData(MappingProxyType);
data.dealloc = (p) => {
  gcUntrack(p);
  decref(p.v as PyObject);
  freeObject(p);
};
data.traverse = (p, visit) => visit(p.v as PyObject);
data.getitem = (p, key) => getItem(p.v as PyObject, key);
data.contains = (p, key) => contains(p.v as PyObject, key);
data.length = (p) => length(p.v as PyObject);
data.iter = (p) => getIter(p.v as PyObject);
data.repr = (p) => newStr(`mappingproxy(${reprText(p.v as PyObject)})`);
data.str = (p) => strOf(p.v as PyObject);
data.richcompare = (p, other, op) => richCompare(p.v as PyObject, other, op);
data.new = () => raise(TypeError, "mappingproxy() requires a mapping argument");
for (const m of ["keys", "values", "items", "get", "copy"]) data.methodDefs[m] = forward(m);
