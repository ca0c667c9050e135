// staticmethod and classmethod (Objects/funcobject.c) and property
// (Objects/descrobject.c). staticmethod/classmethod: 32 + 16 bytes, payload `v` the
// wrapped callable (owned), with an on-demand __dict__. property: 64 + 16 bytes,
// payload `v` a PropertyData owning fget, fset, fdel, doc and the name __set_name__ gives.
import { decref, incref, PyObject, xdecref } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { StaticMethodType, ClassMethodType, PropertyType, StrType } from "./types.js";
import { typeData, typeName } from "./typeobject.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { raise, TypeError, AttributeError } from "./exceptions.js";
import { None, False } from "./singletons.js";
import { newStr, internStr } from "./unicodeobject.js";
import { call, getAttrOrNull, reprText, setAttr } from "./abstract.js";
import { newMethod } from "./classobject.js";
import { tupleItems } from "./tupleobject.js";
import { instanceDictGetter } from "./descrobject.js";

// ---- staticmethod / classmethod ------------------------------------------------------------------

function wrapperNew(kind: string) {
  return (type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject => {
    if (kwnames !== null && tupleItems(kwnames).length > 0) raise(TypeError, `${kind}() takes no keyword arguments`);
    if (args.length !== 1) raise(TypeError, `${kind} expected 1 argument, got ${args.length}`);
    const data = typeData(type);
    const o = allocObject(type, data.basicsize + data.preHeaderSize, incref(args[0]!), null);
    gcTrack(o);
    try {
      copyWrappedAttrs(o, args[0]!);
    } catch (e) {
      decref(o);
      throw e;
    }
    return o;
  };
}

/** functools_wraps (sm_init / cm_init in 3.12): the attributes the callable has, copied into the instance dict. */
function copyWrappedAttrs(wrapper: PyObject, wrapped: PyObject): void {
  for (const name of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    const key = internStr(name);
    const value = getAttrOrNull(wrapped, key);
    if (value === null) continue;
    try {
      setAttr(wrapper, key, value);
    } finally {
      decref(value);
    }
  }
}

for (const [t, kind] of [[StaticMethodType, "staticmethod"], [ClassMethodType, "classmethod"]] as const) {
  const data = typeData(t);
  data.instanceDict = true;
  data.new = wrapperNew(kind);
  data.dealloc = (o) => {
    gcUntrack(o);
    xdecref(o.v as PyObject | null);
    xdecref(o.dict);
    freeObject(o);
  };
  data.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject);
    if (o.dict !== null) visit(o.dict);
  };
  // sm_clear / cm_clear: the callable and the instance dict
  data.clear = (o) => {
    const callable = o.v as PyObject | null;
    const dict = o.dict;
    o.v = null;
    o.dict = null;
    xdecref(callable);
    xdecref(dict);
  };
  data.repr = (o) => newStr(`<${kind}(${reprText(o.v as PyObject)})>`);
  data.getsets["__func__"] = { get: (o) => incref(o.v as PyObject), readonlyMember: true };
  data.getsets["__wrapped__"] = { get: (o) => incref(o.v as PyObject), readonlyMember: true };
  data.getsets["__isabstractmethod__"] = {
    get: (o) => {
      const v = getAttrOrNull(o.v as PyObject, internStr("__isabstractmethod__"));
      return v ?? incref(False);
    },
  };
  data.getsets["__dict__"] = instanceDictGetter;
}

const sm = typeData(StaticMethodType);
sm.descrGet = (o) => incref(o.v as PyObject);
sm.call = (o, args, kwnames) => call(o.v as PyObject, args, kwnames);

const cm = typeData(ClassMethodType);
cm.descrGet = (o, obj, type) => newMethod(o.v as PyObject, type ?? obj!.type);

// ---- property -----------------------------------------------------------------------------------

interface PropertyData {
  fget: PyObject | null;
  fset: PyObject | null;
  fdel: PyObject | null;
  doc: PyObject | null;
  name: PyObject | null;
  /** the doc came from fget (getter_doc): copies made by .getter() refresh it */
  getterDoc: boolean;
}

const PARAMS = ["fget", "fset", "fdel", "doc"];

function propertyArgs(args: PyObject[], kwnames: PyObject | null): (PyObject | null)[] {
  const names = kwnames === null ? [] : tupleItems(kwnames).map((n) => n.v as string);
  const npos = args.length - names.length;
  if (npos > 4) raise(TypeError, `property() takes at most 4 arguments (${npos} given)`);
  const values: (PyObject | null)[] = [null, null, null, null];
  for (let i = 0; i < npos; i++) values[i] = args[i]!;
  names.forEach((n, k) => {
    const i = PARAMS.indexOf(n);
    if (i < 0) raise(TypeError, `property() got an unexpected keyword argument '${n}'`);
    if (i < npos) raise(TypeError, `argument for property() given by name ('${n}') and position (${i + 1})`);
    values[i] = args[npos + k]!;
  });
  return values.map((v) => (v === None ? null : v));
}

function newProperty(type: PyObject, fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null, name: PyObject | null): PyObject {
  let getterDoc = false;
  if (doc === null && fget !== null) {
    const d = getAttrOrNull(fget, internStr("__doc__"));
    if (d !== null && d !== None) {
      doc = d;
      getterDoc = true;
    } else if (d !== null) {
      decref(d);
    }
  } else if (doc !== null) {
    incref(doc);
  }
  const data: PropertyData = {
    fget: fget === null ? null : incref(fget),
    fset: fset === null ? null : incref(fset),
    fdel: fdel === null ? null : incref(fdel),
    doc,
    name: name === null ? null : incref(name),
    getterDoc,
  };
  const td = typeData(type);
  const p = allocObject(type, td.basicsize + td.preHeaderSize, data, null);
  gcTrack(p);
  return p;
}

const prop = typeData(PropertyType);
prop.new = (type, args, kwnames) => {
  const [fget, fset, fdel, doc] = propertyArgs(args, kwnames);
  return newProperty(type, fget!, fset!, fdel!, doc!, null);
};
prop.dealloc = (p) => {
  gcUntrack(p);
  const d = p.v as PropertyData;
  xdecref(d.fget);
  xdecref(d.fset);
  xdecref(d.fdel);
  xdecref(d.doc);
  xdecref(d.name);
  freeObject(p);
};
prop.traverse = (p, visit) => {
  const d = p.v as PropertyData;
  for (const o of [d.fget, d.fset, d.fdel, d.doc, d.name]) if (o !== null) visit(o);
};
// property_clear clears only the doc
prop.clear = (p) => {
  const d = p.v as PropertyData;
  const doc = d.doc;
  d.doc = null;
  xdecref(doc);
};

/** "property 'x' of 'C' object has no getter" (the name is left out when unknown). */
function missing(p: PyObject, obj: PyObject, what: string): never {
  const name = (p.v as PropertyData).name;
  if (name !== null && name.type === StrType) raise(AttributeError, `property '${name.v as string}' of '${typeName(obj)}' object has no ${what}`);
  raise(AttributeError, `property of '${typeName(obj)}' object has no ${what}`);
}

prop.descrGet = (p, obj) => {
  if (obj === null) return incref(p);
  const d = p.v as PropertyData;
  if (d.fget === null) missing(p, obj, "getter");
  return call(d.fget, [obj]);
};
prop.descrSet = (p, obj, value) => {
  const d = p.v as PropertyData;
  if (value === null) {
    if (d.fdel === null) missing(p, obj, "deleter");
    decref(call(d.fdel, [obj]));
  } else {
    if (d.fset === null) missing(p, obj, "setter");
    decref(call(d.fset, [obj, value]));
  }
};

function copyWith(p: PyObject, which: "fget" | "fset" | "fdel", f: PyObject): PyObject {
  const d = p.v as PropertyData;
  const parts = { fget: d.fget, fset: d.fset, fdel: d.fdel };
  parts[which] = f === None ? null : f;
  // property_copy: a doc taken from the old getter is taken from the new one
  const doc = d.getterDoc && which === "fget" ? null : d.doc;
  return newProperty(p.type, parts.fget, parts.fset, parts.fdel, doc, d.name);
}

prop.methodDefs["getter"] = { kind: "o", fn: (p, f) => copyWith(p, "fget", f) };
prop.methodDefs["setter"] = { kind: "o", fn: (p, f) => copyWith(p, "fset", f) };
prop.methodDefs["deleter"] = { kind: "o", fn: (p, f) => copyWith(p, "fdel", f) };
prop.methodDefs["__set_name__"] = {
  kind: "fast",
  fn: (p, args) => {
    if (args.length !== 2) raise(TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
    const d = p.v as PropertyData;
    const old = d.name;
    d.name = incref(args[1]!);
    xdecref(old);
    return None;
  },
};
const orNone = (o: PyObject | null) => incref(o ?? None);
prop.getsets["fget"] = { get: (p) => orNone((p.v as PropertyData).fget), readonlyMember: true };
prop.getsets["fset"] = { get: (p) => orNone((p.v as PropertyData).fset), readonlyMember: true };
prop.getsets["fdel"] = { get: (p) => orNone((p.v as PropertyData).fdel), readonlyMember: true };
prop.getsets["__doc__"] = {
  get: (p) => orNone((p.v as PropertyData).doc),
  set: (p, v) => {
    const d = p.v as PropertyData;
    const old = d.doc;
    d.doc = v === null ? null : incref(v);
    xdecref(old);
  },
};
prop.getsets["__isabstractmethod__"] = {
  get: () => incref(False),
};
