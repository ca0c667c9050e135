// float (Objects/floatobject.c): the number slots, comparison, hashing, repr/format,
// the methods and attributes, and the constructor float(x=0.0). The core (objects,
// the free list) is floatobject.ts.
//
// An operand of a float slot is a float (or subclass) or an int (converted correctly
// rounded, OverflowError "int too large to convert to float"); anything else gives
// NotImplemented so that binary_op1 can try the other operand's type.
import { decref, incref, PyObject } from "./object.js";
import { NotImplemented, None, pyBool } from "./singletons.js";
import { CompareOp, tp, typeData, typeName } from "./typeobject.js";
import { FloatType } from "./types.js";
import { OverflowError, raise, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { newFloat } from "./floatobject.js";
import { newInt, newIntFromBig, type IntValue } from "./longobject.js";
import { newStr } from "./unicodeobject.js";
import { newTuple } from "./tupleobject.js";
import { objectId } from "./runtime.js";
import { hashFloat } from "./pyhash.js";
import { formatFloat, roundFloat } from "./formatspec.js";
import { floatRepr } from "../values/floatrepr.js";
import { strRepr } from "../values/strrepr.js";
import { str as pyStr, call } from "./abstract.js";
import {
  allocSubtype, bytesData, bytesObjectRepr, checkPositional, compareReal, floatPowReal, indexValue, intToDouble, isFloat, isInt,
  isStr, kwnameList, raiseFormatError, roundBig, transformToAscii,
} from "./intmethods.js";
import { complexPow } from "./complexobject.js";

/** The double value of a float or int operand, or null for other types. */
function toDouble(o: PyObject): number | null {
  if (isFloat(o)) return o.v as number;
  if (isInt(o)) return intToDouble(o.v as IntValue);
  return null;
}

function notImpl(): PyObject {
  return incref(NotImplemented);
}

function floatAdd(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  return newFloat(x + y);
}

function floatSub(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  return newFloat(x - y);
}

function floatMul(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  return newFloat(x * y);
}

function floatTrueDiv(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  if (y === 0) raise(ZeroDivisionError, "float division by zero");
  return newFloat(x / y);
}

/** float_rem: fmod, then the sign of the divisor; a zero result takes the divisor's sign. */
export function floatModValue(x: number, y: number): number {
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 || Object.is(y, -0) ? -0 : 0;
  }
  return mod;
}

/** float_divmod (y != 0): CPython's exact steps, including NaN propagation. */
export function floatDivmodValues(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = y < 0 || Object.is(y, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatMod(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  if (y === 0) raise(ZeroDivisionError, "float modulo");
  return newFloat(floatModValue(x, y));
}

function floatFloorDiv(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  if (y === 0) raise(ZeroDivisionError, "float floor division by zero");
  return newFloat(floatDivmodValues(x, y)[0]);
}

function floatDivmod(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  if (y === 0) raise(ZeroDivisionError, "float divmod()");
  const [q, r] = floatDivmodValues(x, y);
  return newTuple([newFloat(q), newFloat(r)]);
}

/** float ** float: a float, or a complex for a negative base and a non-integer exponent. */
export function floatPowObject(x: number, y: number): PyObject {
  const r = floatPowReal(x, y);
  if (r === null) return complexPow(x, 0, y, 0);
  return newFloat(r);
}

function floatPow(a: PyObject, b: PyObject, mod: PyObject): PyObject {
  if (mod !== None) raise(TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  const x = toDouble(a);
  if (x === null) return notImpl();
  const y = toDouble(b);
  if (y === null) return notImpl();
  return floatPowObject(x, y);
}

/** float_float: self when exact, else a new exact float. */
function exactFloat(o: PyObject): PyObject {
  if (o.type === FloatType) return incref(o);
  return newFloat(o.v as number);
}

/** PyLong_FromDouble(trunc(x)) with CPython's errors. */
export function floatToIntValue(x: number): IntValue {
  if (Number.isNaN(x)) raise(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise(OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

function floatInt(o: PyObject): PyObject {
  const v = floatToIntValue(o.v as number);
  return typeof v === "number" ? newInt(v) : newIntFromBig(v);
}

function floatRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const x = a.v as number;
  if (isFloat(b)) return pyBool(compareReal(x, b.v as number, op));
  if (isInt(b)) return pyBool(compareReal(x, b.v as IntValue, op));
  return notImpl();
}

function floatHash(o: PyObject): number | bigint {
  const x = o.v as number;
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x === 0 ? 0 : x;
  const h = hashFloat(x, objectId(o));
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

function floatReprSlot(o: PyObject): PyObject {
  return newStr(floatRepr(o.v as number));
}

function floatFormat(o: PyObject, spec: PyObject): PyObject {
  const s = spec.v as string;
  if (s === "") return pyStr(o);
  try {
    return newStr(formatFloat(o.v as number, s, typeName(o)));
  } catch (e) {
    return raiseFormatError(e);
  }
}

// ================================================================ methods

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| = mantissa * 2**exponent (x finite, nonzero); subnormals have no hidden bit. */
function decompose(x: number): { mantissa: bigint; exponent: number; biased: number; frac: bigint } {
  f64[0] = x;
  const hi = u32[1]! & 0x7fffffff;
  const lo = u32[0]!;
  const biased = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: frac, exponent: -1074, biased, frac };
  return { mantissa: frac | (1n << 52n), exponent: biased - 1075, biased, frac };
}

function asIntegerRatio(self: PyObject): PyObject {
  const x = self.v as number;
  if (Number.isNaN(x)) raise(ValueError, "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raise(OverflowError, "cannot convert Infinity to integer ratio");
  if (x === 0) return newTuple([newInt(0), newInt(1)]);
  let { mantissa, exponent } = decompose(x);
  while ((mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  if (x < 0) mantissa = -mantissa;
  if (exponent >= 0) return newTuple([newIntFromBig(mantissa << BigInt(exponent)), newInt(1)]);
  const num = newIntFromBig(mantissa);
  return newTuple([num, newIntFromBig(1n << BigInt(-exponent))]);
}

function isInteger(self: PyObject): PyObject {
  const x = self.v as number;
  return pyBool(Number.isFinite(x) && Math.trunc(x) === x);
}

/** float.hex(): [-]0x1.<13 hex digits>p±e, 0x0.… for subnormals, 0x0.0p+0 for zero. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  const { biased, frac } = decompose(x);
  const lead = biased === 0 ? "0" : "1";
  const e = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${frac.toString(16).padStart(13, "0")}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** float.fromhex(s) as float_fromhex parses and rounds it. */
export function parseHexFloat(s: string): number {
  const invalid = (): never => raise(ValueError, "invalid hexadecimal floating-point string");
  let i = 0;
  const n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === "-" || s[i] === "+") {
    negative = s[i] === "-";
    i++;
  }
  const rest = s.slice(i).toLowerCase();
  const special = /^(inf|infinity|nan)[\t\n\v\f\r ]*$/.exec(rest);
  if (special !== null) {
    const v = special[1] === "nan" ? NaN : Infinity;
    return negative ? -v : v;
  }
  if (rest.startsWith("0x")) i += 2;
  let intDigits = "";
  let fracDigits = "";
  while (i < n && isHexDigit(s.charCodeAt(i))) intDigits += s[i++];
  if (s[i] === ".") {
    i++;
    while (i < n && isHexDigit(s.charCodeAt(i))) fracDigits += s[i++];
  }
  if (intDigits.length + fracDigits.length === 0) invalid();
  let exp = 0n;
  if (s[i] === "p" || s[i] === "P") {
    i++;
    let expNeg = false;
    if (s[i] === "-" || s[i] === "+") {
      expNeg = s[i] === "-";
      i++;
    }
    const start = i;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
    if (i === start) invalid();
    exp = BigInt(s.slice(start, i));
    if (expNeg) exp = -exp;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) invalid();
  const m = BigInt("0x0" + intDigits + fracDigits);
  let x: number;
  if (m === 0n) {
    x = 0;
  } else {
    const e = exp - 4n * BigInt(fracDigits.length);
    if (e > 100000n) x = Infinity;
    else if (e < -100000n - BigInt(intDigits.length + fracDigits.length) * 4n) x = 0;
    else x = roundBig(m, Number(e));
    if (x === Infinity) raise(OverflowError, "hexadecimal value too large to represent as a float");
  }
  return negative ? -x : x;
}

function fromhex(cls: PyObject, arg: PyObject): PyObject {
  if (!isStr(arg)) raise(TypeError, `fromhex() argument must be str, not ${typeName(arg)}`);
  const r = newFloat(parseHexFloat(arg.v as string));
  if (cls === FloatType) return r;
  try {
    return call(cls, [r]);
  } finally {
    decref(r);
  }
}

function roundMethod(self: PyObject, args: PyObject[]): PyObject {
  checkPositional("__round__", args.length, 0, 1);
  const nd = args[0];
  try {
    if (nd === undefined || nd === None) return newIntFromBig(roundFloat(self.v as number) as bigint);
    const n = indexValue(nd);
    return newFloat(roundFloat(self.v as number, n) as number);
  } catch (e) {
    return raiseFormatError(e);
  }
}

function floorMethod(self: PyObject): PyObject {
  const x = self.v as number;
  const v = floatToIntValue(Math.floor(x));
  return typeof v === "number" ? newInt(v) : newIntFromBig(v);
}

function ceilMethod(self: PyObject): PyObject {
  const x = self.v as number;
  const v = floatToIntValue(Math.ceil(x));
  return typeof v === "number" ? newInt(v) : newIntFromBig(v);
}

function getformat(_cls: PyObject, arg: PyObject): PyObject {
  if (!isStr(arg)) raise(TypeError, `__getformat__() argument must be str, not ${typeName(arg)}`);
  const s = arg.v as string;
  if (s !== "double" && s !== "float") raise(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return newStr("IEEE, little-endian");
}

// ================================================================ constructor

const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** PyOS_string_to_double over stripped ASCII text with PEP 515 underscores; null if invalid. */
export function parseFloatText(text: string): number | null {
  let s = text;
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  s = s.slice(a, b);
  if (s.includes("_")) {
    // Underscores only between two digits.
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x5f) {
        const prev = s.charCodeAt(i - 1);
        const next = s.charCodeAt(i + 1);
        if (!(prev >= 0x30 && prev <= 0x39) || !(next >= 0x30 && next <= 0x39)) return null;
        continue;
      }
      out += s[i];
    }
    s = out;
  }
  if (DECIMAL.test(s)) return Number(s);
  const m = SPECIAL.exec(s);
  if (m !== null) {
    const v = m[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return m[1] === "-" ? -v : v;
  }
  return null;
}

/** PyFloat_FromString for str, bytes and bytearray; null when o is none of them. */
function floatFromStringObject(o: PyObject): number | null {
  if (isStr(o)) {
    const s = o.v as string;
    const v = parseFloatText(transformToAscii(s));
    if (v === null) raise(ValueError, `could not convert string to float: ${strRepr(s)}`);
    return v;
  }
  const data = bytesData(o);
  if (data === null) return null;
  let text = "";
  for (const byte of data) text += String.fromCharCode(byte);
  const v = /[\0\x80-\xff]/.test(text) ? null : parseFloatText(text);
  if (v === null) raise(ValueError, `could not convert string to float: ${bytesObjectRepr(o, data)}`);
  return v;
}

/** PyNumber_Float: float(x) (a new reference to an exact float). */
export function numberFloat(o: PyObject): PyObject {
  if (o.type === FloatType) return incref(o);
  const data = tp(o);
  if (data.float !== null) {
    const r = data.float(o);
    if (r.type === FloatType) return r;
    if (!isFloat(r)) {
      const rname = typeName(r);
      decref(r);
      raise(TypeError, `${typeName(o)}.__float__ returned non-float (type ${rname})`);
    }
    // A float subclass from __float__ is deprecated (DeprecationWarning) and converted.
    const exact = newFloat(r.v as number);
    decref(r);
    return exact;
  }
  if (data.index !== null) return newFloat(intToDouble(indexValue(o)));
  if (isFloat(o)) return newFloat(o.v as number);
  const v = floatFromStringObject(o);
  if (v !== null) return newFloat(v);
  raise(TypeError, `float() argument must be a string or a real number, not '${typeName(o)}'`);
}

/** The double of float(x), for callers that want the value (math functions, formatting). */
export function floatValue(o: PyObject): number {
  if (isFloat(o)) return o.v as number;
  if (isInt(o)) return intToDouble(o.v as IntValue);
  const r = numberFloat(o);
  const x = r.v as number;
  decref(r);
  return x;
}

function floatNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const kw = kwnameList(kwnames);
  if (kw !== null && kw.length > 0) raise(TypeError, "float() takes no keyword arguments");
  if (args.length > 1) raise(TypeError, `float expected at most 1 argument, got ${args.length}`);
  const r = args.length === 0 ? newFloat(0) : numberFloat(args[0]!);
  if (type === FloatType) return r;
  const x = r.v as number;
  decref(r);
  return allocSubtype(type, -1, x);
}

// ================================================================ install

const data = typeData(FloatType);
data.add = floatAdd;
data.sub = floatSub;
data.mul = floatMul;
data.truediv = floatTrueDiv;
data.floordiv = floatFloorDiv;
data.mod = floatMod;
data.divmod = floatDivmod;
data.pow = floatPow;
data.neg = (o) => newFloat(-(o.v as number));
data.pos = exactFloat;
data.abs = (o) => newFloat(Math.abs(o.v as number));
data.bool = (o) => (o.v as number) !== 0;
data.int = floatInt;
data.float = exactFloat;
data.richcompare = floatRichCompare;
data.hash = floatHash;
data.repr = floatReprSlot;
// tp_str is object_str (str() is repr())
data.format = floatFormat;
data.new = floatNew;

data.methodDefs = {
  ...data.methodDefs,
  conjugate: { kind: "noargs", fn: exactFloat, doc: "Return self, the complex conjugate of any float." },
  __trunc__: { kind: "noargs", fn: floatInt, doc: "Return the Integral closest to x between 0 and x." },
  __floor__: { kind: "noargs", fn: floorMethod, doc: "Return the floor as an Integral." },
  __ceil__: { kind: "noargs", fn: ceilMethod, doc: "Return the ceiling as an Integral." },
  __round__: { kind: "fast", fn: roundMethod, doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)." },
  as_integer_ratio: { kind: "noargs", fn: asIntegerRatio, doc: "Return a pair of integers, whose ratio is exactly equal to the original float." },
  is_integer: { kind: "noargs", fn: isInteger, doc: "Return True if the float is an integer." },
  hex: { kind: "noargs", fn: (self) => newStr(floatHex(self.v as number)), doc: "Return a hexadecimal representation of a floating-point number." },
  __getnewargs__: { kind: "noargs", fn: (self) => newTuple([newFloat(self.v as number)]) },
};
data.classMethodDefs = {
  ...data.classMethodDefs,
  fromhex: { kind: "o", fn: fromhex, doc: "Create a floating-point number from a hexadecimal string." },
  __getformat__: { kind: "o", fn: getformat, doc: "You probably don't want to use this function." },
};
data.getsets = {
  ...data.getsets,
  real: { get: exactFloat, doc: "the real part of a complex number" },
  imag: { get: () => newFloat(0), doc: "the imaginary part of a complex number" },
};


export {
  floatAdd, floatSub, floatMul, floatTrueDiv, floatFloorDiv, floatMod, floatDivmod, floatPow, floatRichCompare,
  floatHash, floatReprSlot, floatFormat, floatNew, floatInt, exactFloat, toDouble,
};
