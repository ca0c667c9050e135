// Struct sequences (Objects/structseq.c): named tuples of the runtime such as
// sys.version_info, sys.int_info, sys.float_info and sys.hash_info. An instance is a
// tuple (same layout and size, same item storage) whose type subclasses tuple and
// adds a read-only attribute per field; its repr names the fields. Python code cannot
// create instances ("cannot create 'sys.version_info' instances").
import { incref, type PyObject } from "./object.js";
import { allocObject } from "./runtime.js";
import { gcTrack } from "./gcheader.js";
import { TupleType } from "./types.js";
import { makeStaticType, typeData, TPFLAGS_HAVE_GC, TPFLAGS_TUPLE_SUBCLASS } from "./typeobject.js";
import { raise, TypeError } from "./exceptions.js";
import { reprText } from "./abstract.js";
import { newStr } from "./unicodeobject.js";
import { tupleSize } from "./tupleobject.js";

/** A struct sequence type: `qualifiedName` is the tp_name ("sys.version_info"). */
export function makeStructSeqType(qualifiedName: string, fields: readonly string[]): PyObject {
  const type = makeStaticType(qualifiedName, 24, 8, TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS, TupleType);
  const data = typeData(type);
  const dot = qualifiedName.lastIndexOf(".");
  data.qualname = qualifiedName.slice(dot + 1);
  data.module = dot < 0 ? "builtins" : qualifiedName.slice(0, dot);
  fields.forEach((field, i) => {
    data.getsets[field] = { get: (o) => incref((o.v as PyObject[])[i]!), readonlyMember: true };
  });
  data.new = () => raise(TypeError, `cannot create '${qualifiedName}' instances`);
  data.repr = (o) => {
    const items = o.v as PyObject[];
    return newStr(`${qualifiedName}(${fields.map((f, i) => `${f}=${reprText(items[i]!)}`).join(", ")})`);
  };
  return type;
}

/** A new instance of a struct sequence type; takes over the references in `items`. */
export function newStructSeq(type: PyObject, items: PyObject[]): PyObject {
  const o = allocObject(type, tupleSize(items.length), items, null);
  gcTrack(o);
  return o;
}
