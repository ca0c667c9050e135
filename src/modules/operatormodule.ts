// The operator module: the native part `_operator` (Modules/_operator.c: the functions,
// itemgetter, attrgetter, methodcaller) and `operator` itself, which as in CPython's
// Lib/operator.py re-exports _operator's names and adds the dunder aliases (__add__...).
//
// itemgetter / attrgetter / methodcaller are static types (module "operator"), GC
// tracked, with CPython 3.12's layouts (sys.getsizeof 64, 56, 56):
//   itemgetter  payload ItemGetter   { nitems, item (the lone item or the args tuple), index }
//   attrgetter  payload PyObject     the tuple of names (a str, or a tuple of str for a dotted name)
//   methodcaller payload MethodCaller { name, args (tuple), kwds (dict or null) }
import { decref, incref, PyObject, PyRaise, xdecref } from "../objects/object.js";
import { raise, TypeError, ValueError, OverflowError } from "../objects/exceptions.js";
import { None, NotImplemented, pyBool } from "../objects/singletons.js";
import { newInt, intBig, type IntValue } from "../objects/longobject.js";
import { newTuple, tupleItems, EmptyTuple } from "../objects/tupleobject.js";
import { newDict, dictSetItem, dictItems, dictLen, isDict } from "../objects/dictobject.js";
import { internStr, newStr, internObject } from "../objects/unicodeobject.js";
import {
  makeStaticType, typeData, tp, typeName, isSubtype, CompareOp, TPFLAGS_HAVE_GC, type MethodDef,
} from "../objects/typeobject.js";
import { IntType, StrType, TupleType } from "../objects/types.js";
import { newModule } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { allocObject, freeObject } from "../objects/runtime.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import * as abs from "../objects/abstract.js";
import { bytesData, checkPositional, numberIndex, numberIndexAny } from "../objects/intmethods.js";
import { lengthHint } from "../objects/iterobject.js";
import { callEx } from "../vm/eval.js";
import { registerModule, registerSourceModule } from "../vm/imports.js";

const MODULE = "_operator";

function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${MODULE}.${name}() takes no keyword arguments`);
}

const FUNCTIONS: Record<string, MethodDef> = {};

/** METH_O */
function def1(name: string, f: (a: PyObject) => PyObject): void {
  FUNCTIONS[name] = {
    kind: "fastkw",
    fn: (_s, args, kwnames) => {
      noKeywords(name, kwnames);
      if (args.length !== 1) raise(TypeError, `${MODULE}.${name}() takes exactly one argument (${args.length} given)`);
      return f(args[0]!);
    },
  };
}

/** METH_FASTCALL checked by _PyArg_CheckPositional */
function defN(name: string, min: number, max: number, f: (args: PyObject[]) => PyObject): void {
  FUNCTIONS[name] = {
    kind: "fastkw",
    fn: (_s, args, kwnames) => {
      noKeywords(name, kwnames);
      checkPositional(name, args.length, min, max);
      return f(args);
    },
  };
}

function def2(name: string, f: (a: PyObject, b: PyObject) => PyObject): void {
  defN(name, 2, 2, (args) => f(args[0]!, args[1]!));
}

// ---- protocol helpers --------------------------------------------------------------------

/** PySequence_Check */
function isSequence(o: PyObject): boolean {
  if (isDict(o)) return false;
  return tp(o).getitem !== null;
}

const SEARCH_COUNT = 1;
const SEARCH_INDEX = 2;
const SEARCH_CONTAINS = 3;

/** _PySequence_IterSearch */
function iterSearch(seq: PyObject, obj: PyObject, operation: number): number {
  let it: PyObject;
  try {
    it = abs.getIter(seq);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError)) {
      decref(e.exc);
      raise(TypeError, `argument of type '${typeName(seq)}' is not iterable`);
    }
    throw e;
  }
  try {
    let n = 0;
    for (;;) {
      const item = abs.iterNext(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = abs.richCompareBool(item, obj, CompareOp.EQ);
      } finally {
        decref(item);
      }
      if (cmp) {
        if (operation === SEARCH_COUNT) n++;
        else if (operation === SEARCH_INDEX) return n;
        else return 1;
      }
      if (operation === SEARCH_INDEX) n++;
    }
    if (operation === SEARCH_INDEX) raise(ValueError, "sequence.index(x): x not in sequence");
    return operation === SEARCH_COUNT ? n : 0;
  } finally {
    decref(it);
  }
}

/** PySequence_Contains */
function sequenceContains(seq: PyObject, obj: PyObject): boolean {
  const slot = tp(seq).contains;
  if (slot !== null) return slot(seq, obj);
  return iterSearch(seq, obj, SEARCH_CONTAINS) === 1;
}

function cannotConcat(a: PyObject): never {
  raise(TypeError, `'${typeName(a)}' object can't be concatenated`);
}

/** PySequence_Concat */
function concat(a: PyObject, b: PyObject): PyObject {
  const data = tp(a);
  if (data.concat !== null) return data.concat(a, b);
  if (isSequence(a) && isSequence(b)) {
    const r = abs.binaryOp1(a, b, "add");
    if (r !== NotImplemented) return r;
    decref(r);
  }
  cannotConcat(a);
}

/** PySequence_InPlaceConcat */
function inplaceConcat(a: PyObject, b: PyObject): PyObject {
  const data = tp(a);
  const inplace = data.inplace["concat"];
  if (inplace !== undefined) return inplace(a, b);
  if (data.concat !== null) return data.concat(a, b);
  if (isSequence(a) && isSequence(b)) {
    const slot = data.inplace["add"];
    if (slot !== undefined) {
      const r = slot(a, b);
      if (r !== NotImplemented) return r;
      decref(r);
    }
    const r = abs.binaryOp1(a, b, "add");
    if (r !== NotImplemented) return r;
    decref(r);
  }
  cannotConcat(a);
}

const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MIN = -(1n << 63n);

/** The Py_ssize_t converter of Argument Clinic: __index__, then PyLong_AsSsize_t. */
function ssizeArg(o: PyObject): number {
  const i = numberIndexAny(o);
  const v = intBig(i);
  decref(i);
  if (v > SSIZE_MAX || v < SSIZE_MIN) raise(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

// ---- the functions -------------------------------------------------------------------------

def1("truth", (a) => pyBool(abs.isTrue(a)));
def2("contains", (a, b) => pyBool(sequenceContains(a, b)));
def2("indexOf", (a, b) => newInt(iterSearch(a, b, SEARCH_INDEX)));
def2("countOf", (a, b) => newInt(iterSearch(a, b, SEARCH_COUNT)));
def2("getitem", (a, b) => abs.getItem(a, b));
def2("delitem", (a, b) => (abs.setItem(a, b, null), None));
defN("setitem", 3, 3, (args) => (abs.setItem(args[0]!, args[1]!, args[2]!), None));
def1("not_", (a) => pyBool(!abs.isTrue(a)));
def2("is_", (a, b) => pyBool(a === b));
def2("is_not", (a, b) => pyBool(a !== b));
def1("index", (a) => numberIndex(a));

const BINARY = {
  add: "add", sub: "sub", mul: "mul", matmul: "matmul", floordiv: "floordiv", truediv: "truediv", mod: "mod",
  lshift: "lshift", rshift: "rshift", and_: "and", xor: "xor", or_: "or",
} as const;
for (const [name, slot] of Object.entries(BINARY)) {
  def2(name, (a, b) => abs.binaryOp(a, b, slot));
  def2(`i${name.replace(/_$/, "")}`, (a, b) => abs.inplaceOp(a, b, slot));
}
def1("neg", (a) => abs.unaryOp(a, "neg", "unary -"));
def1("pos", (a) => abs.unaryOp(a, "pos", "unary +"));
def1("abs", (a) => abs.unaryOp(a, "abs", "abs()"));
def1("inv", (a) => abs.unaryOp(a, "invert", "unary ~"));
def1("invert", (a) => abs.unaryOp(a, "invert", "unary ~"));
def2("concat", concat);
def2("iconcat", inplaceConcat);
def2("pow", (a, b) => abs.powerOp(a, b, false));
def2("ipow", (a, b) => abs.powerOp(a, b, true));

const COMPARE = { lt: CompareOp.LT, le: CompareOp.LE, eq: CompareOp.EQ, ne: CompareOp.NE, gt: CompareOp.GT, ge: CompareOp.GE };
for (const [name, op] of Object.entries(COMPARE)) def2(name, (a, b) => abs.richCompare(a, b, op));

defN("length_hint", 1, 2, (args) => {
  const dflt = args.length > 1 ? ssizeArg(args[1]!) : 0;
  return newInt(lengthHint(args[0]!, dflt));
});

FUNCTIONS["call"] = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    checkPositional("call", args.length - nkw, 1, Infinity);
    const names = nkw === 0 ? null : newTuple(kwnames!.map((k) => incref(internStr(k))));
    try {
      return abs.call(args[0]!, args.slice(1), names);
    } finally {
      if (names !== null) decref(names);
    }
  },
};

def2("_compare_digest", (a, b) => {
  if (isSubtype(a.type, StrType) && isSubtype(b.type, StrType)) {
    const sa = a.v as string;
    const sb = b.v as string;
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(sa) || !/^[\x00-\x7f]*$/.test(sb)) {
      raise(TypeError, "comparing strings with non-ASCII characters is not supported");
    }
    return pyBool(sa === sb);
  }
  const da = bytesData(a);
  const db = bytesData(b);
  if (da === null && db === null) {
    raise(TypeError, `unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
  }
  if (da === null) raise(TypeError, `a bytes-like object is required, not '${typeName(a)}'`);
  if (db === null) raise(TypeError, `a bytes-like object is required, not '${typeName(b)}'`);
  return pyBool(da.length === db.length && da.every((x, i) => x === db[i]));
});

// ---- the callable types ----------------------------------------------------------------------

function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : tupleItems(kwnames).length;
}

function allocGC(type: PyObject, v: unknown): PyObject {
  const data = typeData(type);
  const o = allocObject(type, data.basicsize + data.preHeaderSize, v, null);
  return o;
}

/** The vectorcall checks of itemgetter / attrgetter: no keywords, exactly one argument. */
function oneArgument(name: string, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwCount(kwnames) > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  checkPositional(name, args.length, 1, 1);
  return args[0]!;
}

/** A new n-tuple whose items the caller fills in (PyTuple_New: allocated before its items). */
function tupleToFill(n: number): PyObject {
  return newTuple(new Array<PyObject>(n).fill(None));
}

// itemgetter

interface ItemGetter {
  nitems: number;
  item: PyObject;
  index: number;
}

export const ItemGetterType = makeStaticType("operator.itemgetter", 48, 0, TPFLAGS_HAVE_GC);
const ig = typeData(ItemGetterType);

/**
 * The argument tuple _PyObject_MakeTpCall builds for tp_new (the types have no
 * vectorcall of their own in 3.12): itemgetter keeps it as its items, the others free it.
 */
function argsTupleOf(args: PyObject[], kwnames: PyObject | null): PyObject {
  return newTuple(args.slice(0, args.length - kwCount(kwnames)).map((a) => incref(a)));
}

ig.new = (type, args, kwnames) => {
  const argsTuple = argsTupleOf(args, kwnames);
  try {
    if (kwCount(kwnames) > 0) raise(TypeError, "itemgetter() takes no keyword arguments");
    const nitems = tupleItems(argsTuple).length;
    let item: PyObject;
    if (nitems <= 1) {
      if (nitems === 0) raise(TypeError, "itemgetter expected 1 argument, got 0");
      item = tupleItems(argsTuple)[0]!;
    } else {
      item = argsTuple;
    }
    let index = -1;
    if (item.type === IntType) {
      const v = item.v as IntValue;
      if (v >= 0 && v <= SSIZE_MAX) index = Number(v);
    }
    const o = allocGC(type, { nitems, item: incref(item), index } satisfies ItemGetter);
    gcTrack(o);
    return o;
  } finally {
    decref(argsTuple);
  }
};
ig.dealloc = (o) => {
  gcUntrack(o);
  decref((o.v as ItemGetter).item);
  freeObject(o);
};
ig.traverse = (o, visit) => visit((o.v as ItemGetter).item);
ig.call = (o, args, kwnames) => {
  const obj = oneArgument("itemgetter", args, kwnames);
  const d = o.v as ItemGetter;
  if (d.nitems === 1) {
    if (d.index >= 0 && obj.type === TupleType && d.index < tupleItems(obj).length) return incref(tupleItems(obj)[d.index]!);
    return abs.getItem(obj, d.item);
  }
  const items = tupleItems(d.item);
  const result = tupleToFill(items.length);
  try {
    for (let i = 0; i < items.length; i++) tupleItems(result)[i] = abs.getItem(obj, items[i]!);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
};
ig.repr = (o) => {
  const d = o.v as ItemGetter;
  if (!abs.reprEnter(o)) return newStr("operator.itemgetter(...)");
  try {
    const r = abs.reprText(d.item);
    return newStr(d.nitems === 1 ? `operator.itemgetter(${r})` : `operator.itemgetter${r}`);
  } finally {
    abs.reprLeave(o);
  }
};
ig.methodDefs["__reduce__"] = {
  kind: "noargs",
  fn: (o) => {
    const d = o.v as ItemGetter;
    if (d.nitems === 1) return newTuple([incref(ItemGetterType), newTuple([incref(d.item)])]);
    return newTuple([incref(ItemGetterType), incref(d.item)]);
  },
};

// attrgetter

export const AttrGetterType = makeStaticType("operator.attrgetter", 40, 0, TPFLAGS_HAVE_GC);
const ag = typeData(AttrGetterType);

/** PyUnicode_InternInPlace on a new reference: the interned string (a new reference). */
function internNew(s: PyObject): PyObject {
  const i = internObject(s);
  if (i === s) return s;
  incref(i);
  decref(s);
  return i;
}

ag.new = (type, args, kwnames) => {
  const argsTuple = argsTupleOf(args, kwnames);
  try {
    return attrgetterNew(type, args, kwnames);
  } finally {
    decref(argsTuple);
  }
};

function attrgetterNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwCount(kwnames) > 0) raise(TypeError, "attrgetter() takes no keyword arguments");
  const nattrs = args.length;
  if (nattrs === 0) raise(TypeError, "attrgetter expected 1 argument, got 0");
  const attr = tupleToFill(nattrs);
  try {
    for (let idx = 0; idx < nattrs; idx++) {
      const item = args[idx]!;
      if (!isSubtype(item.type, StrType)) raise(TypeError, "attribute name must be a string");
      const text = item.v as string;
      if (!text.includes(".")) {
        tupleItems(attr)[idx] = internNew(incref(item));
      } else {
        const parts = text.split(".");
        const chain = tupleToFill(parts.length);
        tupleItems(attr)[idx] = chain;
        parts.forEach((p, i) => (tupleItems(chain)[i] = internNew(newStr(p))));
      }
    }
  } catch (e) {
    decref(attr);
    throw e;
  }
  const o = allocGC(type, attr);
  gcTrack(o);
  return o;
}
ag.dealloc = (o) => {
  gcUntrack(o);
  decref(o.v as PyObject);
  freeObject(o);
};
ag.traverse = (o, visit) => visit(o.v as PyObject);

function dottedGetattr(obj: PyObject, attr: PyObject): PyObject {
  if (attr.type === TupleType) {
    let cur = incref(obj);
    for (const name of tupleItems(attr)) {
      try {
        const next = abs.getAttr(cur, name);
        decref(cur);
        cur = next;
      } catch (e) {
        decref(cur);
        throw e;
      }
    }
    return cur;
  }
  return abs.getAttr(obj, attr);
}

ag.call = (o, args, kwnames) => {
  const obj = oneArgument("attrgetter", args, kwnames);
  const attrs = tupleItems(o.v as PyObject);
  if (attrs.length === 1) return dottedGetattr(obj, attrs[0]!);
  const result = tupleToFill(attrs.length);
  try {
    for (let i = 0; i < attrs.length; i++) tupleItems(result)[i] = dottedGetattr(obj, attrs[i]!);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
};

/** The attribute names as given ('b.c' for a chain). */
function attrNames(o: PyObject): string[] {
  return tupleItems(o.v as PyObject).map((a) => (a.type === TupleType ? tupleItems(a).map((p) => p.v as string).join(".") : (a.v as string)));
}

function attrStrings(o: PyObject): PyObject {
  return newTuple(attrNames(o).map((s) => newStr(s)));
}

ag.repr = (o) => {
  if (!abs.reprEnter(o)) return newStr("operator.attrgetter(...)");
  try {
    const names = attrStrings(o);
    try {
      const items = tupleItems(names);
      return newStr(items.length === 1 ? `operator.attrgetter(${abs.reprText(items[0]!)})` : `operator.attrgetter${abs.reprText(names)}`);
    } finally {
      decref(names);
    }
  } finally {
    abs.reprLeave(o);
  }
};
ag.methodDefs["__reduce__"] = { kind: "noargs", fn: (o) => newTuple([incref(AttrGetterType), attrStrings(o)]) };

// methodcaller

interface MethodCaller {
  name: PyObject;
  args: PyObject;
  kwds: PyObject | null;
}

export const MethodCallerType = makeStaticType("operator.methodcaller", 40, 0, TPFLAGS_HAVE_GC);
const mc = typeData(MethodCallerType);

mc.new = (type, args, kwnames) => {
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  // _PyObject_MakeTpCall: the argument tuple, then the keywords dict (kept as kwds)
  const argsTuple = argsTupleOf(args, kwnames);
  let kwds: PyObject | null = null;
  try {
    if (nkw > 0) {
      kwds = newDict();
      tupleItems(kwnames!).forEach((k, i) => dictSetItem(kwds!, k, args[npos + i]!));
    }
    if (npos < 1) raise(TypeError, "methodcaller needs at least one argument, the method name");
    if (!isSubtype(args[0]!.type, StrType)) raise(TypeError, "method name must be a string");
    const o = allocGC(type, { name: None, args: EmptyTuple, kwds: null } satisfies MethodCaller);
    const d = o.v as MethodCaller;
    d.name = internNew(incref(args[0]!));
    d.kwds = kwds;
    kwds = null;
    // PyTuple_GetSlice(args, 1, n)
    d.args = npos === 1 ? EmptyTuple : newTuple(args.slice(1, npos).map((a) => incref(a)));
    gcTrack(o);
    return o;
  } finally {
    decref(argsTuple);
    if (kwds !== null) decref(kwds);
  }
};
mc.dealloc = (o) => {
  gcUntrack(o);
  const d = o.v as MethodCaller;
  decref(d.name);
  decref(d.args);
  xdecref(d.kwds);
  freeObject(o);
};
mc.traverse = (o, visit) => {
  const d = o.v as MethodCaller;
  visit(d.name);
  visit(d.args);
  if (d.kwds !== null) visit(d.kwds);
};
mc.call = (o, args, kwnames) => {
  // tp_call (no vectorcall in 3.12): _PyObject_MakeTpCall builds the argument tuple
  const nkw = kwCount(kwnames);
  const argsTuple = newTuple(args.slice(0, args.length - nkw).map((a) => incref(a)));
  try {
    if (nkw > 0) raise(TypeError, "methodcaller() takes no keyword arguments");
    checkPositional("methodcaller", args.length, 1, 1);
    const d = o.v as MethodCaller;
    const method = abs.getAttr(args[0]!, d.name);
    try {
      return callEx(method, d.args, d.kwds);
    } finally {
      decref(method);
    }
  } finally {
    decref(argsTuple);
  }
};
mc.repr = (o) => {
  const d = o.v as MethodCaller;
  if (!abs.reprEnter(o)) return newStr("operator.methodcaller(...)");
  try {
    const parts = tupleItems(d.args).map((a) => abs.reprText(a));
    if (d.kwds !== null) for (const [k, v] of dictItems(d.kwds)) parts.push(`${k.v as string}=${abs.reprText(v)}`);
    const name = abs.reprText(d.name);
    return newStr(parts.length === 0 ? `operator.methodcaller(${name})` : `operator.methodcaller(${name}, ${parts.join(", ")})`);
  } finally {
    abs.reprLeave(o);
  }
};
mc.methodDefs["__reduce__"] = {
  kind: "noargs",
  fn: (o) => {
    const d = o.v as MethodCaller;
    if (d.kwds === null || dictLen(d.kwds) === 0) {
      return newTuple([incref(MethodCallerType), newTuple([incref(d.name), ...tupleItems(d.args).map((a) => incref(a))])]);
    }
    raise(TypeError, "cannot pickle 'operator.methodcaller' object with keyword arguments");
  },
};

// ---- the modules ----------------------------------------------------------------------------

const DOC = `Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.`;

function makeOperatorModule(): PyObject {
  const d = newDict();
  const put = (name: string, value: PyObject) => {
    dictSetItem(d, internStr(name), value);
    decref(value);
  };
  put("__name__", newStr(MODULE));
  put("__doc__", newStr(DOC));
  for (const name of Object.keys(FUNCTIONS)) put(name, newBuiltin(name, FUNCTIONS[name]!, null, MODULE));
  dictSetItem(d, internStr("itemgetter"), ItemGetterType);
  dictSetItem(d, internStr("attrgetter"), AttrGetterType);
  dictSetItem(d, internStr("methodcaller"), MethodCallerType);
  return newModule(MODULE, d);
}

registerModule(MODULE, makeOperatorModule);

const PUBLIC = [
  "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge",
  "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf",
  "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
  "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
  "rshift", "setitem", "sub", "truediv", "truth", "xor",
];

const DUNDERS: [string, string][] = [
  ["__lt__", "lt"], ["__le__", "le"], ["__eq__", "eq"], ["__ne__", "ne"], ["__ge__", "ge"], ["__gt__", "gt"],
  ["__not__", "not_"], ["__abs__", "abs"], ["__add__", "add"], ["__and__", "and_"], ["__call__", "call"],
  ["__floordiv__", "floordiv"], ["__index__", "index"], ["__inv__", "inv"], ["__invert__", "invert"],
  ["__lshift__", "lshift"], ["__mod__", "mod"], ["__mul__", "mul"], ["__matmul__", "matmul"], ["__neg__", "neg"],
  ["__or__", "or_"], ["__pos__", "pos"], ["__pow__", "pow"], ["__rshift__", "rshift"], ["__sub__", "sub"],
  ["__truediv__", "truediv"], ["__xor__", "xor"], ["__concat__", "concat"], ["__contains__", "contains"],
  ["__delitem__", "delitem"], ["__getitem__", "getitem"], ["__setitem__", "setitem"], ["__iadd__", "iadd"],
  ["__iand__", "iand"], ["__iconcat__", "iconcat"], ["__ifloordiv__", "ifloordiv"], ["__ilshift__", "ilshift"],
  ["__imod__", "imod"], ["__imul__", "imul"], ["__imatmul__", "imatmul"], ["__ior__", "ior"], ["__ipow__", "ipow"],
  ["__irshift__", "irshift"], ["__isub__", "isub"], ["__itruediv__", "itruediv"], ["__ixor__", "ixor"],
];

const OPERATOR_SOURCE = `"""${DOC}"""

__all__ = [${PUBLIC.map((n) => `'${n}'`).join(", ")}]

from _operator import *

${DUNDERS.map(([a, b]) => `${a} = ${b}`).join("\n")}
`;

registerSourceModule("operator", OPERATOR_SOURCE);
