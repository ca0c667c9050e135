// bool (Objects/boolobject.c): the two static singletons live in singletons.ts (their
// payload is the int value 0 or 1, as for every int). bool inherits int's slots;
// here are the ones it overrides: repr/str, &, |, ^ (bool for two bools), ~ (an int,
// with 3.12's DeprecationWarning not yet emitted: the warnings machinery comes later)
// and the constructor bool(x=False), which uses the truth protocol.
import { PyObject } from "./object.js";
import { False, pyBool, True } from "./singletons.js";
import { typeData } from "./typeobject.js";
import { BoolType, IntType } from "./types.js";
import { raise, TypeError } from "./exceptions.js";
import { newStr } from "./unicodeobject.js";
import { isTrue } from "./abstract.js";
import { intAnd, intInvert, intOr, intXor, kwnameList } from "./intmethods.js";

const TRUE_STR = "True";
const FALSE_STR = "False";

function boolRepr(o: PyObject): PyObject {
  return newStr(o === True || o.v !== 0 ? TRUE_STR : FALSE_STR);
}

function isBool(o: PyObject): boolean {
  return o.type === BoolType;
}

function boolAnd(a: PyObject, b: PyObject): PyObject {
  if (!isBool(a) || !isBool(b)) return intAnd(a, b);
  return pyBool(a === True && b === True);
}

function boolOr(a: PyObject, b: PyObject): PyObject {
  if (!isBool(a) || !isBool(b)) return intOr(a, b);
  return pyBool(a === True || b === True);
}

function boolXor(a: PyObject, b: PyObject): PyObject {
  if (!isBool(a) || !isBool(b)) return intXor(a, b);
  return pyBool((a === True) !== (b === True));
}

/** ~b: the int inversion (3.12 also warns "Bitwise inversion '~' on bool is deprecated..."). */
function boolInvert(o: PyObject): PyObject {
  return intInvert(o);
}

function boolNew(_type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const kw = kwnameList(kwnames);
  if (kw !== null && kw.length > 0) raise(TypeError, "bool() takes no keyword arguments");
  if (args.length > 1) raise(TypeError, `bool expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return False;
  return pyBool(isTrue(args[0]!));
}

// bool inherits every other slot from int; copy them now so that bool works before
// the runtime's slot inheritance runs (inheritance would copy the same functions).
const intData = typeData(IntType);
const data = typeData(BoolType);
for (const slot of [
  "add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "neg", "pos", "abs",
  "bool", "index", "int", "float", "richcompare", "hash", "format", "sizeof", "dealloc",
] as const) {
  if (data[slot] === null) (data as unknown as Record<string, unknown>)[slot] = intData[slot];
}
data.repr = boolRepr;
// tp_str is object_str (str() is repr())
data.and = boolAnd;
data.or = boolOr;
data.xor = boolXor;
data.invert = boolInvert;
data.new = boolNew;


export { boolRepr, boolAnd, boolOr, boolXor, boolInvert, boolNew };
