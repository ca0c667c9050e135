// complex (Objects/complexobject.c): 32-byte objects (header + two doubles), the
// number slots with CPython's algorithms (Smith's division, c_powi for small integral
// exponents), ==/!= only, hashing, repr and the constructor complex(real=0, imag=0).
//
// Payload `v`: a frozen-shape object { re, im } of two JS numbers.
import { decref, incref, PyObject } from "./object.js";
import { allocObject, freeObject, objectId } from "./runtime.js";
import { NotImplemented, None, pyBool } from "./singletons.js";
import { CompareOp, isSubtype, tp, typeData, typeName } from "./typeobject.js";
import { ComplexType } from "./types.js";
import { OverflowError, raise, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { newFloat } from "./floatobject.js";
import { newStr } from "./unicodeobject.js";
import { newTuple } from "./tupleobject.js";
import { type IntValue } from "./longobject.js";
import { hashComplex } from "./pyhash.js";
import { doubleToString } from "./floatformat.js";
import { parseFormatSpec } from "./formatspec.js";
import { str as pyStr } from "./abstract.js";
import { strRepr } from "../values/strrepr.js";
import {
  allocSubtype, callSpecial, raiseFormatError, compareReal, correctPow, crAtan2, crCos, crExp, crHypot, crLog, crSin, indexValue, intToDouble, isFloat, isInt, isStr, kwnameList, parseArgs,
  transformToAscii, type ArgSpec,
} from "./intmethods.js";

export interface ComplexValue {
  re: number;
  im: number;
}

export function isComplex(o: PyObject): boolean {
  return o.type === ComplexType || isSubtype(o.type, ComplexType);
}

/** A new complex object (a new reference). */
export function newComplex(re: number, im: number): PyObject {
  return allocObject(ComplexType, 32, { re, im } satisfies ComplexValue, null);
}

export function complexValue(o: PyObject): ComplexValue {
  return o.v as ComplexValue;
}

function notImpl(): PyObject {
  return incref(NotImplemented);
}

/** to_complex: the value of a complex, float or int operand; null for other types. */
function toComplex(o: PyObject): ComplexValue | null {
  if (isComplex(o)) return o.v as ComplexValue;
  if (isFloat(o)) return { re: o.v as number, im: 0 };
  if (isInt(o)) return { re: intToDouble(o.v as IntValue), im: 0 };
  return null;
}

// ================================================================ arithmetic

function complexAdd(a: PyObject, b: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImpl();
  const y = toComplex(b);
  if (y === null) return notImpl();
  return newComplex(x.re + y.re, x.im + y.im);
}

function complexSub(a: PyObject, b: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImpl();
  const y = toComplex(b);
  if (y === null) return notImpl();
  return newComplex(x.re - y.re, x.im - y.im);
}

function prod(a: ComplexValue, b: ComplexValue): ComplexValue {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

function complexMul(a: PyObject, b: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImpl();
  const y = toComplex(b);
  if (y === null) return notImpl();
  const r = prod(x, y);
  return newComplex(r.re, r.im);
}

/** _Py_c_quot (Smith's algorithm); null when dividing by zero (errno EDOM). */
function quot(a: ComplexValue, b: ComplexValue): ComplexValue | null {
  const absRe = b.re < 0 ? -b.re : b.re;
  const absIm = b.im < 0 ? -b.im : b.im;
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

function complexTrueDiv(a: PyObject, b: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImpl();
  const y = toComplex(b);
  if (y === null) return notImpl();
  const r = quot(x, y);
  if (r === null) raise(ZeroDivisionError, "complex division by zero");
  return newComplex(r.re, r.im);
}

const ONE: ComplexValue = { re: 1, im: 0 };

function powu(x: ComplexValue, n: number): ComplexValue {
  let r = ONE;
  let p = x;
  for (let mask = 1; mask <= n; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** C pow(x, y) for x >= 0 (no errors: overflow gives inf), correctly rounded. */
function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return x ** y;
  return correctPow(x, y);
}

/** _Py_c_pow; null for 0 to a negative or complex power (errno EDOM). */
function cpow(a: ComplexValue, b: ComplexValue): ComplexValue | null {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return null;
    return { re: 0, im: 0 };
  }
  const vabs = crHypot(a.re, a.im);
  let len = libmPow(vabs, b.re);
  const at = crAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= crExp(at * b.im);
    phase += b.im * crLog(vabs);
  }
  // cos(±inf) and sin(±inf) set errno = EDOM, which complex_pow reports as ZeroDivisionError.
  if (phase === Infinity || phase === -Infinity) return null;
  return { re: len * crCos(phase), im: len * crSin(phase) };
}

/** complex ** complex with CPython's errors: a new complex object. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyObject {
  const a = { re: ar, im: ai };
  const b = { re: br, im: bi };
  let p: ComplexValue | null;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) p = powu(a, n);
    else p = quot(ONE, powu(a, -n));
  } else {
    p = cpow(a, b);
  }
  if (p === null) raise(ZeroDivisionError, "0.0 to a negative or complex power");
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) raise(OverflowError, "complex exponentiation");
  return newComplex(p.re, p.im);
}

function complexPowSlot(a: PyObject, b: PyObject, mod: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImpl();
  const y = toComplex(b);
  if (y === null) return notImpl();
  if (mod !== None) raise(ValueError, "complex modulo");
  return complexPow(x.re, x.im, y.re, y.im);
}

function exactComplex(o: PyObject): PyObject {
  if (o.type === ComplexType) return incref(o);
  const c = o.v as ComplexValue;
  return newComplex(c.re, c.im);
}

/** _Py_c_abs: an infinite part wins over NaN; OverflowError when hypot overflows. */
export function complexAbsValue(c: ComplexValue): number {
  if (!Number.isFinite(c.re) || !Number.isFinite(c.im)) {
    if (Math.abs(c.re) === Infinity) return Infinity;
    if (Math.abs(c.im) === Infinity) return Infinity;
    return NaN;
  }
  const r = crHypot(c.re, c.im);
  if (!Number.isFinite(r)) raise(OverflowError, "absolute value too large");
  return r;
}

// ================================================================ comparison, hash, repr

function complexRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return notImpl();
  const x = a.v as ComplexValue;
  let equal: boolean;
  if (isInt(b)) {
    if (x.im === 0) return pyBool(compareReal(x.re, b.v as IntValue, op));
    equal = false;
  } else if (isFloat(b)) {
    equal = x.re === (b.v as number) && x.im === 0;
  } else if (isComplex(b)) {
    const y = b.v as ComplexValue;
    equal = x.re === y.re && x.im === y.im;
  } else {
    return notImpl();
  }
  return pyBool(equal === (op === CompareOp.EQ));
}

function complexHash(o: PyObject): number | bigint {
  const c = o.v as ComplexValue;
  const h = hashComplex(c.re, c.im, objectId(o));
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** complex_repr: '1j', '(1+2j)', '(-0-0j)', 'inf'/'nan' parts, repr digits without '.0'. */
export function complexReprText(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return doubleToString(im, "r", 0) + "j";
  return "(" + doubleToString(re, "r", 0) + doubleToString(im, "r", 0, { sign: true }) + "j)";
}

function complexRepr(o: PyObject): PyObject {
  const c = o.v as ComplexValue;
  return newStr(complexReprText(c.re, c.im));
}

// ================================================================ format

/** One part formatted as calc_number_widths + fill_number lay it out (no padding). */
function formatPart(text: string, sign: string, grouping: string): string {
  let body = text;
  let signChar = "";
  if (body.startsWith("-")) {
    signChar = "-";
    body = body.slice(1);
  } else if (sign === "+" || sign === " ") {
    signChar = sign;
  }
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  let digits = body.slice(0, i);
  if (grouping !== "" && digits.length > 3) {
    const groups: string[] = [];
    for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
    digits = groups.join(grouping);
  }
  return signChar + digits + body.slice(i);
}

/** format(complex, spec): format_complex_internal. */
export function formatComplex(re: number, im: number, spec: string): string {
  let f;
  try {
    f = parseFormatSpec(spec, { typeName: "complex", defaultType: "", defaultAlign: ">" });
  } catch (e) {
    return raiseFormatError(e);
  }
  let type = f.type === "\0" ? "" : f.type;
  if (!["", "e", "E", "f", "F", "g", "G", "n"].includes(type)) {
    const cp = type.codePointAt(0)!;
    const code = cp > 32 && cp < 128 ? type : "\\x" + cp.toString(16);
    raise(ValueError, `Unknown format code '${code}' for object of type 'complex'`);
  }
  if (f.precision > 0x7fffffff) raise(ValueError, "precision too big");
  if (f.fill === "0") raise(ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align === "=") raise(ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const flags = { alt: f.alternate, noNeg0: f.noNeg0 };
  const code = type as "e" | "E" | "f" | "F" | "g" | "G" | "r";
  const grouping = f.type === "n" ? "" : f.grouping;
  const reText = skipRe ? "" : formatPart(doubleToString(re, code, precision, flags), f.sign, grouping);
  const imText = formatPart(doubleToString(im, code, precision, flags), skipRe ? f.sign : "+", grouping);
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  const len = Array.from(body).length;
  const pad = f.width > len ? f.width - len : 0;
  const left = f.align === "<" ? 0 : f.align === "^" ? pad >> 1 : pad;
  return f.fill.repeat(left) + body + f.fill.repeat(pad - left);
}

function complexFormat(o: PyObject, spec: PyObject): PyObject {
  const s = spec.v as string;
  if (s === "") return pyStr(o);
  const c = o.v as ComplexValue;
  return newStr(formatComplex(c.re, c.im, s));
}

// ================================================================ constructor

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}

const FLOAT_PREFIX = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|infinity|inf|nan)/i;

/** PyOS_string_to_double with an end pointer: [value, end], end === start when nothing parses. */
function floatPrefix(s: string, start: number): [number, number] {
  const m = FLOAT_PREFIX.exec(s.slice(start));
  if (m === null) return [0, start];
  const text = m[0];
  const body = text.replace(/^[+-]/, "").toLowerCase();
  let v: number;
  if (body.startsWith("inf")) v = Infinity;
  else if (body === "nan") v = NaN;
  else v = Number(text.replace(/^[+-]/, ""));
  return [text.startsWith("-") ? -v : v, start + text.length];
}

/** complex_from_string_inner over ASCII text; null when malformed. */
export function parseComplexText(s: string): ComplexValue | null {
  let i = 0;
  let x = 0;
  let y = 0;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === "(") {
    bracket = true;
    i++;
    while (isSpace(s[i])) i++;
  }
  const [z, end] = floatPrefix(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === "+" || s[i] === "-") {
      x = z;
      const [w, end2] = floatPrefix(s, i);
      if (end2 !== i) {
        y = w;
        i = end2;
      } else {
        y = s[i] === "+" ? 1 : -1;
        i++;
      }
      if (s[i] !== "j" && s[i] !== "J") return null;
      i++;
    } else if (s[i] === "j" || s[i] === "J") {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s[i] === "+" || s[i] === "-") {
      y = s[i] === "+" ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if (s[i] !== "j" && s[i] !== "J") return null;
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ")") return null;
    i++;
    while (isSpace(s[i])) i++;
  }
  if (i !== s.length) return null;
  return { re: x, im: y };
}

function complexFromString(o: PyObject): ComplexValue {
  const text = transformToAscii(o.v as string);
  let s = text;
  if (s.includes("_")) {
    // _Py_string_to_number_with_underscores: only between digits.
    let out = "";
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "_") {
        const prev = s.charCodeAt(i - 1);
        const next = s.charCodeAt(i + 1);
        if (!(prev >= 0x30 && prev <= 0x39) || !(next >= 0x30 && next <= 0x39)) {
          raise(ValueError, `could not convert string to complex: ${strRepr(o.v as string)}`);
        }
        continue;
      }
      out += s[i];
    }
    s = out;
  }
  const c = parseComplexText(s);
  if (c === null) raise(ValueError, "complex() arg is a malformed string");
  return c;
}


/** PyNumber_Float's value for the constructor (float or index slots). */
function realPart(o: PyObject): number {
  if (isFloat(o)) return o.v as number;
  if (isInt(o)) return intToDouble(o.v as IntValue);
  const data = tp(o);
  if (data.float !== null) {
    const r = data.float(o);
    if (!isFloat(r)) {
      const rname = typeName(r);
      decref(r);
      raise(TypeError, `${typeName(o)}.__float__ returned non-float (type ${rname})`);
    }
    const x = r.v as number;
    decref(r);
    return x;
  }
  return intToDouble(indexValue(o));
}

function isNumberLike(o: PyObject): boolean {
  const data = tp(o);
  return data.float !== null || data.index !== null || isComplex(o);
}

const COMPLEX_NEW: ArgSpec = { fname: "complex", names: ["real", "imag"] };

function complexNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const kw = kwnameList(kwnames);
  const npos = args.length - (kw?.length ?? 0);
  if (npos > 2) raise(TypeError, `complex() takes at most 2 arguments (${npos} given)`);
  const [r0, i] = parseArgs(COMPLEX_NEW, args, kw);
  const make = (re: number, im: number): PyObject =>
    type === ComplexType ? newComplex(re, im) : allocSubtype(type, -1, { re, im } satisfies ComplexValue);
  if (r0 === undefined && i === undefined) return make(0, 0);
  const r = r0;
  if (r !== undefined && r.type === ComplexType && i === undefined && type === ComplexType) return incref(r);
  if (r !== undefined && isStr(r)) {
    if (i !== undefined) raise(TypeError, "complex() can't take second arg if first is a string");
    const c = complexFromString(r);
    return make(c.re, c.im);
  }
  if (i !== undefined && isStr(i)) raise(TypeError, "complex() second arg can't be a string");
  // try_complex_special_method: __complex__ on the type of the first argument.
  let own: PyObject | null = null;
  if (r !== undefined) {
    own = callSpecial(r, "__complex__");
    if (own !== null && !isComplex(own)) {
      const name = typeName(own);
      decref(own);
      raise(TypeError, `__complex__ returned non-complex (type ${name})`);
    }
  }
  try {
    return complexFromParts(own ?? r, i, make);
  } finally {
    if (own !== null) decref(own);
  }
}

function complexFromParts(r: PyObject | undefined, i: PyObject | undefined, make: (re: number, im: number) => PyObject): PyObject {
  if (r !== undefined && !isNumberLike(r)) {
    raise(TypeError, `complex() first argument must be a string or a number, not '${typeName(r)}'`);
  }
  if (i !== undefined && !isNumberLike(i)) {
    raise(TypeError, `complex() second argument must be a number, not '${typeName(i)}'`);
  }
  let cr: ComplexValue;
  let crIsComplex = false;
  if (r === undefined) cr = { re: 0, im: 0 };
  else if (isComplex(r)) {
    cr = { ...(r.v as ComplexValue) };
    crIsComplex = true;
  } else cr = { re: realPart(r), im: 0 };
  let ci: ComplexValue;
  let ciIsComplex = false;
  if (i === undefined) ci = { re: cr.im, im: 0 };
  else if (isComplex(i)) {
    ci = { ...(i.v as ComplexValue) };
    ciIsComplex = true;
  } else ci = { re: realPart(i), im: 0 };
  if (ciIsComplex) cr.re -= ci.im;
  if (crIsComplex && i !== undefined) ci.re += cr.im;
  return make(cr.re, ci.re);
}

// ================================================================ install

const data = typeData(ComplexType);
data.dealloc = (o) => freeObject(o);
data.sizeof = () => 32;
data.add = complexAdd;
data.sub = complexSub;
data.mul = complexMul;
data.truediv = complexTrueDiv;
data.pow = complexPowSlot;
data.neg = (o) => {
  const c = o.v as ComplexValue;
  return newComplex(-c.re, -c.im);
};
data.pos = exactComplex;
data.abs = (o) => newFloat(complexAbsValue(o.v as ComplexValue));
data.bool = (o) => {
  const c = o.v as ComplexValue;
  return c.re !== 0 || c.im !== 0;
};
data.richcompare = complexRichCompare;
data.hash = complexHash;
data.repr = complexRepr;
data.format = complexFormat;
data.new = complexNew;

data.methodDefs = {
  ...data.methodDefs,
  conjugate: {
    kind: "noargs",
    fn: (self) => {
      const c = self.v as ComplexValue;
      return newComplex(c.re, -c.im);
    },
    doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
  },
  __complex__: { kind: "noargs", fn: exactComplex, doc: "Convert this value to exact type complex." },
  __getnewargs__: {
    kind: "noargs",
    fn: (self) => {
      const c = self.v as ComplexValue;
      return newTuple([newFloat(c.re), newFloat(c.im)]);
    },
  },
};
data.getsets = {
  ...data.getsets,
  real: { get: (self) => newFloat((self.v as ComplexValue).re), doc: "the real part of a complex number" },
  imag: { get: (self) => newFloat((self.v as ComplexValue).im), doc: "the imaginary part of a complex number" },
};


export {
  complexAdd, complexSub, complexMul, complexTrueDiv, complexPowSlot, complexRichCompare, complexHash, complexRepr,
  complexNew,
};
