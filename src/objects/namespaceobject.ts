// types.SimpleNamespace (Objects/namespaceobject.c): an object that is only its
// __dict__ (ns_dict, created with the object). Its repr lists the attributes in
// insertion order as `namespace(a=1, b=2)`. sys.implementation is one.
import { decref, incref, xdecref, type PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { makeStaticType, typeData, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from "./typeobject.js";
import { reprText } from "./abstract.js";
import { dictItems, dictSetItem, newDict } from "./dictobject.js";
import { internStr, newStr } from "./unicodeobject.js";
import { StrType } from "./types.js";
import { tupleItems } from "./tupleobject.js";
import { raise, TypeError } from "./exceptions.js";

/** tp_basicsize 24 (head + ns_dict); with the GC header, getsizeof gives 40. */
export const SimpleNamespaceType = makeStaticType("types.SimpleNamespace", 24, 0, TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC);

const data = typeData(SimpleNamespaceType);
data.instanceDict = true;
data.dealloc = (o) => {
  gcUntrack(o);
  xdecref(o.dict);
  o.dict = null;
  freeObject(o);
};
data.traverse = (o, visit) => {
  if (o.dict !== null) visit(o.dict);
};
// namespace_clear
data.clear = (o) => {
  const d = o.dict;
  o.dict = null;
  if (d !== null) decref(d);
};
data.repr = (o) => {
  const parts: string[] = [];
  if (o.dict !== null) {
    for (const [key, value] of dictItems(o.dict)) {
      if (key.type === StrType) parts.push(`${key.v as string}=${reprText(value)}`);
    }
  }
  // namespace_repr names an exact SimpleNamespace "namespace"
  const name = o.type === SimpleNamespaceType ? "namespace" : typeData(o.type).name;
  return newStr(`${name}(${parts.join(", ")})`);
};
data.getsets["__dict__"] = { get: (o) => incref(o.dict!) };

// namespace_new: an empty namespace (its dict made at once); namespace_init: keyword
// arguments become attributes, positional ones are refused
data.new = (type) => {
  const o = allocObject(type, typeData(type).basicsize + typeData(type).preHeaderSize, null, null);
  o.dict = newDict();
  gcTrack(o);
  return o;
};
data.init = (self, args, kwnames) => {
  const names = kwnames === null ? [] : tupleItems(kwnames);
  if (args.length > names.length) raise(TypeError, "no positional arguments expected");
  const first = args.length - names.length;
  names.forEach((name, i) => dictSetItem(self.dict!, name, args[first + i]!));
};

/** A namespace holding `attrs` in order (values are borrowed). */
export function newNamespace(attrs: [string, PyObject][]): PyObject {
  const o = allocObject(SimpleNamespaceType, 40, null, null);
  o.dict = newDict();
  for (const [name, value] of attrs) dictSetItem(o.dict, internStr(name), value);
  gcTrack(o);
  return o;
}

