// int (Objects/longobject.c): the number slots, comparison, hashing, repr/format,
// the methods and attributes, and the constructor int(x=0, base=10). The value core
// (payloads, the small-int cache, sizes) is longobject.ts.
//
// Payload conventions (longobject.ts): `v` is a JS number when the value is a safe
// integer, else a normalised bigint. Every slot takes the fast path first: when both
// payloads are numbers and the result is a safe integer no bigint is created.
// bool (and user subclasses of int) share these slots: an operand is an int when its
// type has TPFLAGS_LONG_SUBCLASS; results are always exact ints.
//
// Also here, shared by the float/complex/bool files: argument parsing in the
// Argument Clinic style (with its messages), the PyFormatError mapping, and the
// numeric abstract helpers (PyNumber_Index, PyNumber_AsSsize_t, PyNumber_Long).
import { decref, incref, PyObject } from "./object.js";
import { allocObject } from "./runtime.js";
import { NotImplemented, None, pyBool, True } from "./singletons.js";
import {
  CompareOp, isSubtype, tp, typeData, typeName, TPFLAGS_LONG_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS,
  TPFLAGS_BYTES_SUBCLASS,
} from "./typeobject.js";
import { ByteArrayType, BytesType, FloatType, IntType } from "./types.js";
import {
  MemoryError, newException, OverflowError, raise, raiseEmpty, raiseObject, TypeError, ValueError, ZeroDivisionError,
} from "./exceptions.js";
import { intBig, ndigits, newInt, newIntFromBig, normInt, type IntValue } from "./longobject.js";
import { newFloat } from "./floatobject.js";
import { newStr, newStrWithMeta, strMeta } from "./unicodeobject.js";
import { newTuple, tupleItems } from "./tupleobject.js";
import { hashInt } from "./pyhash.js";
import { formatInt, parseFormatSpec, PyFormatError } from "./formatspec.js";
import { call, getIter, isTrue, iterNext, setSequenceRepeat, str as pyStr } from "./abstract.js";
import { onRuntimeReset } from "./runtime.js";
import { gcTrack } from "./gcheader.js";
import { bytesRepr, strRepr } from "../values/strrepr.js";
import { EmptyBytes } from "./bytesobject.js";
import { typeLookup } from "./descrobject.js";
import { internStr } from "./unicodeobject.js";

const MAX_SAFE = 9007199254740991;

// ================================================================ shared helpers

export function isInt(o: PyObject): boolean {
  return (tp(o).flags & TPFLAGS_LONG_SUBCLASS) !== 0;
}

export function isStr(o: PyObject): boolean {
  return (tp(o).flags & TPFLAGS_UNICODE_SUBCLASS) !== 0;
}

export function isFloat(o: PyObject): boolean {
  return o.type === FloatType || isSubtype(o.type, FloatType);
}

function notImpl(): PyObject {
  return incref(NotImplemented);
}

/** Raise the Python exception a formatting helper signalled. */
export function raiseFormatError(e: unknown): never {
  if (e instanceof PyFormatError) {
    if (e.pyType === "MemoryError") raiseEmpty(MemoryError);
    raise(e.pyType === "OverflowError" ? OverflowError : ValueError, e.message);
  }
  throw e;
}

/** A bigint operation that V8 refuses (past 2**30 bits) is a MemoryError, as CPython's allocation failure. */
function bigOp<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) raiseEmpty(MemoryError);
    throw e;
  }
}

/** Names of the keyword arguments of a vectorcall (`new` slots get a tuple of str). */
export function kwnameList(kwnames: PyObject | null): string[] | null {
  if (kwnames === null) return null;
  return tupleItems(kwnames).map((k) => k.v as string);
}

export interface ArgSpec {
  /** function name as Argument Clinic reports it, e.g. "to_bytes" */
  fname: string;
  /** parameter names in order */
  names: string[];
  /** how many leading parameters are positional-only */
  posOnly?: number;
  /** how many parameters may be passed by position (the rest are keyword-only) */
  maxPos?: number;
  /** how many leading parameters are required */
  required?: number;
}

/**
 * _PyArg_UnpackKeywords: map positional and keyword arguments (kwnames' values are
 * the last args) to the parameters; undefined for the ones not given.
 */
export function parseArgs(spec: ArgSpec, args: PyObject[], kwnames: readonly string[] | null): (PyObject | undefined)[] {
  const { fname, names } = spec;
  const posOnly = spec.posOnly ?? 0;
  const maxPos = spec.maxPos ?? names.length;
  const required = spec.required ?? 0;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > maxPos) {
    if (maxPos === 0) raise(TypeError, `${fname}() takes no positional arguments`);
    const s = maxPos === 1 ? "" : "s";
    raise(TypeError, `${fname}() takes ${required >= maxPos ? "exactly" : "at most"} ${maxPos} positional argument${s} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const idx = names.indexOf(name);
    if (idx < posOnly) raise(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (idx < npos) raise(TypeError, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** _PyArg_CheckPositional for METH_FASTCALL functions without keywords. */
export function checkPositional(fname: string, n: number, min: number, max: number): void {
  if (n < min) {
    raise(TypeError, `${fname} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n > max) {
    raise(TypeError, `${fname} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

/** PyNumber_Index: an exact int (new reference) from an int or an object with __index__. */
export function numberIndex(o: PyObject): PyObject {
  const r = numberIndexAny(o);
  if (r.type === IntType) return r;
  const exact = newInt(r.v as IntValue);
  decref(r);
  return exact;
}

/** _PyNumber_Index: like numberIndex, but an int subclass instance is returned as is. */
export function numberIndexAny(o: PyObject): PyObject {
  if (isInt(o)) return incref(o);
  const slot = tp(o).index;
  if (slot === null) raise(TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = slot(o);
  if (!isInt(r)) {
    const name = typeName(r);
    decref(r);
    raise(TypeError, `__index__ returned non-int (type ${name})`);
  }
  return r;
}

/** The value of numberIndex(o). */
export function indexValue(o: PyObject): IntValue {
  if (isInt(o)) return o.v as IntValue;
  const r = numberIndexAny(o);
  const v = r.v as IntValue;
  decref(r);
  return v;
}

const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MIN = -(1n << 63n);

/**
 * PyNumber_AsSsize_t: the index value as a JS number; out of the Py_ssize_t range it
 * raises `exc` ("cannot fit 'int' into an index-sized integer") or clips when exc is null.
 */
export function asSsize(o: PyObject, exc: PyObject | null): number {
  const v = indexValue(o);
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < SSIZE_MIN) {
    if (exc !== null) raise(exc, `cannot fit '${typeName(o)}' into an index-sized integer`);
    return v < 0n ? Number(SSIZE_MIN) : Number(SSIZE_MAX);
  }
  return Number(v);
}

/** PyLong_AsDouble on an int payload: correctly rounded, OverflowError past DBL_MAX. */
export function intToDouble(v: IntValue): number {
  if (typeof v === "number") return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(OverflowError, "int too large to convert to float");
  return f;
}

/** Bytes of a bytes/bytearray object (payload a Uint8Array or an array of byte values). */
export function bytesData(o: PyObject): Uint8Array | null {
  if (!((tp(o).flags & TPFLAGS_BYTES_SUBCLASS) !== 0 || o.type === ByteArrayType || isSubtype(o.type, ByteArrayType))) return null;
  const v = o.v as unknown;
  if (v instanceof Uint8Array) return v;
  if (Array.isArray(v)) return Uint8Array.from(v as number[]);
  if (typeof v === "string") return Uint8Array.from(v, (c) => c.charCodeAt(0) & 0xff);
  return new Uint8Array(0);
}

/**
 * Local stand-in for the bytes constructor (no bytes core exists yet): a bytes object
 * of 33 + n bytes whose payload is a Uint8Array.
 */
export function makeBytes(data: Uint8Array): PyObject {
  // PyBytes_FromStringAndSize(NULL, n): b'' is the singleton, one byte is not swapped for the cached one.
  if (data.length === 0) return EmptyBytes;
  return allocObject(BytesType, 33 + data.length, data, null);
}

/** repr of a bytes or bytearray object, for error messages. */
export function bytesObjectRepr(o: PyObject, data: Uint8Array): string {
  if ((tp(o).flags & TPFLAGS_BYTES_SUBCLASS) !== 0) return bytesRepr(data);
  return `${typeName(o)}(${bytesRepr(data)})`;
}

function bitLengthOf(v: IntValue): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a === 0) return 0;
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    let n = Math.floor(Math.log2(a)) + 1;
    if (2 ** (n - 1) > a) n--;
    else if (2 ** n <= a) n++;
    return n;
  }
  const a = v < 0n ? -v : v;
  // toString(16) is linear; refine the top hex digit.
  const hex = a.toString(16);
  const top = parseInt(hex[0]!, 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(top));
}

export function bitLength(v: IntValue): number {
  return bitLengthOf(v);
}

function big(v: IntValue): bigint {
  return typeof v === "number" ? BigInt(v) : v;
}

/** An exact int for the value of an int (bool, subclass): `self` itself when exact. */
function exactInt(o: PyObject): PyObject {
  if (o.type === IntType) return incref(o);
  return newInt(o.v as IntValue);
}

// ================================================================ arithmetic

function intAdd(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, y = b.v as IntValue;
  if (typeof x === "number" && typeof y === "number") {
    const r = x + y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newIntFromBig(big(x) + big(y));
}

function intSub(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, y = b.v as IntValue;
  if (typeof x === "number" && typeof y === "number") {
    const r = x - y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newIntFromBig(big(x) - big(y));
}

function intMul(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, y = b.v as IntValue;
  if (typeof x === "number" && typeof y === "number") {
    const r = x * y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r === 0 ? 0 : r);
  }
  return newIntFromBig(bigOp(() => big(x) * big(y)));
}

/** Floor division and modulo of int payloads (y != 0). */
function divmodValues(x: IntValue, y: IntValue): [IntValue, IntValue] {
  if (typeof x === "number" && typeof y === "number") {
    // JS % on integers is exact (fmod), and x - r is a multiple of y.
    let r = x % y;
    let q = (x - r) / y;
    if (r !== 0 && (r < 0) !== (y < 0)) {
      r += y;
      q -= 1;
    }
    if (q <= MAX_SAFE && q >= -MAX_SAFE) return [q === 0 ? 0 : q, r === 0 ? 0 : r];
  }
  const bx = big(x), by = big(y);
  let q = bx / by;
  let r = bx % by;
  if (r !== 0n && (r < 0n) !== (by < 0n)) {
    r += by;
    q -= 1n;
  }
  return [normInt(q), normInt(r)];
}

function isZero(v: IntValue): boolean {
  return v === 0;
}

function intFloorDiv(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const y = b.v as IntValue;
  if (isZero(y)) raise(ZeroDivisionError, "integer division or modulo by zero");
  return newInt(divmodValues(a.v as IntValue, y)[0]);
}

function intMod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const y = b.v as IntValue;
  if (isZero(y)) raise(ZeroDivisionError, "integer modulo by zero");
  const x = a.v as IntValue;
  if (typeof x === "number" && typeof y === "number") {
    let r = x % y;
    if (r !== 0 && (r < 0) !== (y < 0)) r += y;
    return newInt(r === 0 ? 0 : r);
  }
  return newInt(divmodValues(x, y)[1]);
}

function intDivmod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const y = b.v as IntValue;
  if (isZero(y)) raise(ZeroDivisionError, "integer division or modulo by zero");
  const [q, r] = divmodValues(a.v as IntValue, y);
  const qo = newInt(q);
  let ro: PyObject;
  try {
    ro = newInt(r);
  } catch (e) {
    decref(qo);
    throw e;
  }
  return newTuple([qo, ro]);
}

/**
 * The double nearest to m * 2**e (m > 0), ties to even; `sticky` says the true value
 * is a little more than m * 2**e (m must then carry at least two bits below the
 * result's last place). Infinity when it rounds past DBL_MAX.
 */
export function roundBig(m: bigint, e: number, sticky = false): number {
  const top = bitLengthOf(m) - 1 + e; // 2**top <= value < 2**(top+1)
  if (top > 1023) return Infinity;
  if (top < -1076) return 0;
  const ulpExp = Math.max(top - 52, -1074);
  const shift = ulpExp - e;
  let mm: bigint;
  if (shift <= 0) {
    mm = m << BigInt(-shift);
  } else {
    const bs = BigInt(shift);
    mm = m >> bs;
    const rest = m - (mm << bs);
    const half = 1n << (bs - 1n);
    if (rest > half || (rest === half && (sticky || (mm & 1n) === 1n))) mm += 1n;
  }
  if (bitLengthOf(mm) + ulpExp > 1024) return Infinity;
  const mf = Number(mm);
  return ulpExp < -1000 ? mf * 2 ** (ulpExp + 600) * 2 ** -600 : mf * 2 ** ulpExp;
}

/** Correctly rounded a / b for bigints (b != 0), as long_true_divide. */
export function trueDivide(x: IntValue, y: IntValue): number {
  if (isZero(y)) raise(ZeroDivisionError, "division by zero");
  if (typeof x === "number" && typeof y === "number") return x / y;
  let a = big(x), b = big(y);
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  const la = bitLengthOf(a), lb = bitLengthOf(b);
  let r: number;
  if (la <= 53 && lb <= 53) {
    r = Number(a) / Number(b);
  } else {
    const diff = la - lb; // 2**(diff-1) < a/b < 2**(diff+1)
    if (diff > 1025) raise(OverflowError, "integer division result too large for a float");
    if (diff < -1076) {
      r = 0;
    } else {
      // q = floor(a * 2**k / b) has at least 55 bits; the remainder is the sticky bit.
      const k = 55 - diff;
      const num = k >= 0 ? a << BigInt(k) : a;
      const den = k >= 0 ? b : b << BigInt(-k);
      const q = num / den;
      r = roundBig(q, -k, num % den !== 0n);
      if (r === Infinity) raise(OverflowError, "integer division result too large for a float");
    }
  }
  return negative ? -r : r;
}

function intTrueDiv(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  return newFloat(trueDivide(a.v as IntValue, b.v as IntValue));
}

// ---- correctly rounded libm ------------------------------------------------------------
// CPython calls glibc's pow, exp, log, atan2, sin, cos and hypot, which are correctly
// rounded in practice; V8's fdlibm ports (Math.pow, Math.exp, ...) are often an ulp
// off (5 ** -5, 2 ** 1.5). These compute the exact result in bigint fixed point with
// enough bits (p fractional bits, at least 192 and more for tiny arguments) and round
// once with roundBig. Shared by float and complex (and the math module).

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** |x| = m * 2**e exactly (x finite, nonzero). */
export function decomposeDouble(x: number): [bigint, number] {
  F64[0] = x;
  const hi = U32[1]! & 0x7fffffff;
  const lo = U32[0]!;
  const biased = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [frac, -1074];
  return [frac | (1n << 52n), biased - 1075];
}

/** Fixed-point m * 2**e with p fractional bits (truncated toward zero). */
export function toFixed(m: bigint, e: number, p: number): bigint {
  const s = e + p;
  return s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
}

/** The double nearest to a fixed-point value v / 2**p (any sign). */
export function fromFixed(v: bigint, p: number): number {
  if (v === 0n) return 0;
  return v < 0n ? -roundBig(-v, -p, true) : roundBig(v, -p, true);
}

/** 2 * atanh(z) for |z| < 1/5 (p fractional bits). */
function atanh2(z: bigint, p: number): bigint {
  const one = 1n << BigInt(p);
  const z2 = (z * z) / one;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) / one; // truncates toward zero, so negative terms also end
  }
  return 2n * sum;
}

/** atan(z) for |z| <= 1/4 by its Taylor series. */
function atanSeries(z: bigint, p: number): bigint {
  const one = 1n << BigInt(p);
  const z2 = (z * z) / one;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = -(term * z2) / one;
  }
  return sum;
}

const constCache = new Map<string, bigint>();
function cachedConst(name: string, p: number, compute: (q: number) => bigint): bigint {
  // Compute at a precision rounded up to 64 bits and shift down.
  const q = Math.ceil((p + 16) / 64) * 64;
  const key = name + q;
  let v = constCache.get(key);
  if (v === undefined) {
    v = compute(q);
    constCache.set(key, v);
  }
  return v >> BigInt(q - p);
}

export function ln2Fixed(p: number): bigint {
  return cachedConst("ln2", p, (q) => atanh2((1n << BigInt(q)) / 3n, q));
}

/** pi by Machin's formula: 16 atan(1/5) - 4 atan(1/239). */
export function piFixed(p: number): bigint {
  return cachedConst("pi", p, (q) => {
    const one = 1n << BigInt(q);
    return 16n * atanSeries(one / 5n, q) - 4n * atanSeries(one / 239n, q);
  });
}

/** ln(m * 2**e) for m > 0. */
export function lnFixed(m: bigint, e: number, p: number): bigint {
  const one = 1n << BigInt(p);
  const len = bitLengthOf(m);
  let t = toFixed(m, -(len - 1), p); // in [1, 2)
  let k = e + len - 1;
  if ((t * t) / one > 2n * one) {
    t >>= 1n;
    k += 1;
  }
  const z = ((t - one) << BigInt(p)) / (t + one);
  return atanh2(z, p) + BigInt(k) * ln2Fixed(p);
}

/** exp(v) for a fixed-point v: [mantissa with p fractional bits, power of two k]. */
export function expFixed(v: bigint, p: number): [bigint, number] {
  const one = 1n << BigInt(p);
  const ln2 = ln2Fixed(p);
  let k = v / ln2;
  let r = v - k * ln2;
  if (r > ln2 / 2n) {
    r -= ln2;
    k += 1n;
  } else if (r < -ln2 / 2n) {
    r += ln2;
    k -= 1n;
  }
  // Taylor series of exp(r / 2**8), squared 8 times.
  const rs = r >> 8n;
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * rs) / (n * one);
    sum += term;
  }
  for (let i = 0; i < 8; i++) sum = (sum * sum) / one;
  return [sum, Number(k)];
}

/** Working precision for an argument of binary exponent e (more bits for tiny values). */
function precisionFor(x: number): number {
  if (x === 0) return 192;
  const [m, e] = decomposeDouble(x);
  const top = bitLengthOf(m) - 1 + e;
  return top < 0 ? 192 - top : 192;
}

/** exp(x), correctly rounded (C exp: overflow gives inf, underflow 0). */
export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (x === 0) return 1;
  const p = 192;
  const [m, e] = decomposeDouble(Math.abs(x));
  let v = toFixed(m, e, p);
  if (x < 0) v = -v;
  const [mant, k] = expFixed(v, p);
  return roundBig(mant, k - p, true);
}

/** log(x), correctly rounded (C log: log(0) = -inf, negative -> nan). */
export function crLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  const [m, e] = decomposeDouble(x);
  // Near 1 the result is small: carry more bits.
  const p = 192 + (Math.abs(x - 1) < 0.5 ? precisionFor(x - 1) - 192 : 0);
  return fromFixed(lnFixed(m, e, p), p);
}

/** floor(sqrt(n)), exactly (math.isqrt and the fixed-point functions). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  const bits = bitLengthOf(n);
  const shift = bits - 104 + (bits % 2);
  let x = BigInt(Math.floor(Math.sqrt(Number(n >> BigInt(shift))))) << BigInt(shift / 2);
  // Newton's iteration decreases from any start above the root.
  x += (x >> 40n) + 2n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** hypot(x, y), correctly rounded. */
export function crHypot(x: number, y: number): number {
  if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) return Math.abs(y);
  if (y === 0) return Math.abs(x);
  const [mx, ex] = decomposeDouble(x);
  const [my, ey] = decomposeDouble(y);
  // hypot = sqrt(ax**2 + ay**2) * 2**emin, exactly.
  const emin = Math.min(ex, ey);
  const ax = mx << BigInt(ex - emin);
  const ay = my << BigInt(ey - emin);
  let s = ax * ax + ay * ay;
  const bits = bitLengthOf(s);
  const extra = Math.max(0, 120 - bits);
  const shift = extra + (extra % 2);
  s <<= BigInt(shift);
  const r = isqrt(s);
  const sticky = r * r !== s;
  return roundBig(r, emin - shift / 2, sticky);
}

/** atan(t) for t >= 0 in fixed point (t given as a fixed-point value). */
export function atanFixed(t: bigint, p: number): bigint {
  const one = 1n << BigInt(p);
  let invert = false;
  if (t > one) {
    t = (one * one) / t;
    invert = true;
  }
  // atan(t) = 2 atan(t / (1 + sqrt(1 + t*t))), three times: t <= tan(pi/32).
  let doublings = 0n;
  while (t > one / 8n) {
    const root = isqrt(one * one + t * t);
    t = (t * one) / (one + root);
    doublings += 1n;
  }
  let r = atanSeries(t, p) << doublings;
  if (invert) r = piFixed(p) / 2n - r;
  return r;
}

/** atan2(y, x), correctly rounded, with C99's special cases. */
export function crAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const ySign = y < 0 || Object.is(y, -0) ? -1 : 1;
  const xNeg = x < 0 || Object.is(x, -0);
  if (y === 0) return xNeg ? ySign * Math.PI : ySign * 0;
  if (x === 0) return (ySign * Math.PI) / 2;
  if (Math.abs(y) === Infinity) {
    if (Math.abs(x) === Infinity) return ySign * (x > 0 ? Math.PI / 4 : (3 * Math.PI) / 4);
    return (ySign * Math.PI) / 2;
  }
  if (Math.abs(x) === Infinity) return x > 0 ? ySign * 0 : ySign * Math.PI;
  const [my, ey] = decomposeDouble(y);
  const [mx, ex] = decomposeDouble(x);
  // The ratio |y / x| decides the precision needed near zero.
  const ratioExp = bitLengthOf(my) + ey - (bitLengthOf(mx) + ex);
  const p = 192 + Math.max(0, -ratioExp);
  // t = |y| / |x| in fixed point.
  const num = my << BigInt(Math.max(0, p + ey - ex + 64));
  const den = mx << BigInt(Math.max(0, -(p + ey - ex + 64)));
  const t = (num / den) >> 64n;
  let r = atanFixed(t, p);
  if (x < 0) r = piFixed(p) - r;
  const v = fromFixed(r, p);
  return ySign * v;
}

/** sin and cos of x (finite) as fixed-point values with p bits. */
export function sinCosFixed(x: number): [bigint, bigint, number] {
  const [m, e] = decomposeDouble(Math.abs(x));
  const top = bitLengthOf(m) - 1 + e;
  const p = 192 + Math.max(0, -top);
  // Reduce modulo pi/2 with enough bits of pi for the argument's size.
  const guard = Math.max(0, top) + 64;
  const P = p + guard;
  const halfPi = piFixed(P) / 2n;
  const xv = toFixed(m, e, P);
  const q = xv / halfPi;
  const r = (xv - q * halfPi) >> BigInt(guard);
  const one = 1n << BigInt(p);
  // Taylor series of sin and cos of r / 2**4, then four double-angle steps.
  const rs = r >> 4n;
  const r2 = (rs * rs) / one;
  let s = rs;
  let term = rs;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -(term * r2) / (n * (n + 1n) * one);
    s += term;
  }
  let c = one;
  term = one;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -(term * r2) / (n * (n + 1n) * one);
    c += term;
  }
  for (let i = 0; i < 4; i++) {
    const s2 = (2n * s * c) / one;
    c = (c * c - s * s) / one;
    s = s2;
  }
  const quadrant = Number(q % 4n);
  let sinV: bigint, cosV: bigint;
  switch (quadrant) {
    case 0: sinV = s; cosV = c; break;
    case 1: sinV = c; cosV = -s; break;
    case 2: sinV = -s; cosV = -c; break;
    default: sinV = -c; cosV = s; break;
  }
  if (x < 0) sinV = -sinV;
  return [sinV, cosV, p];
}

/** sin(x), correctly rounded (nan for infinities). */
export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const [s, , p] = sinCosFixed(x);
  return fromFixed(s, p);
}

/** cos(x), correctly rounded (nan for infinities). */
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return 1;
  const [, c, p] = sinCosFixed(x);
  return fromFixed(c, p);
}

// ---- double-double first stage for pow --------------------------------------------------
// exp(y * ln x) in double-double arithmetic (about 2**-84 relative error even for the
// largest finite results). When the result is certainly on one side of every rounding
// midpoint (allowing an error of 2**-70), that rounding is the correct one; otherwise
// (about one case in 10**5) the exact bigint computation decides.

// Results go through a typed array: module-level `let` doubles would be boxed on every write.
const DD = new Float64Array(2);

const SPLITTER = 134217729; // 2**27 + 1

/** DD[0]! + DD[1] = a * b exactly. */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DD[0] = p;
  DD[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** (ah, al) + (bh, bl) into DD. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = (al - (t - bb)) + (bl - bb);
  e += t;
  let h = s + e;
  e = e - (h - s);
  s = h;
  e += f;
  h = s + e;
  DD[1] = e - (h - s);
  DD[0] = h;
}

/** (ah, al) * (bh, bl) into DD. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = DD[0]!;
  const e = DD[1]! + (ah * bl + al * bh);
  const h = p + e;
  DD[1] = e - (h - p);
  DD[0] = h;
}

/** (ah, al) / (bh, bl) into DD (two Newton-style correction steps). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -DD[0]!, -DD[1]!);
  const rh = DD[0]!, rl = DD[1]!;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -DD[0]!, -DD[1]!);
  const q3 = DD[0]! / bh;
  const h = q1 + q2;
  const e = q2 - (h - q1) + q3;
  const h2 = h + e;
  DD[1] = e - (h2 - h);
  DD[0] = h2;
}

/** 1/n as double-double pairs (hi, lo), for the series' divisions. */
const INV_HI = new Float64Array(42);
const INV_LO = new Float64Array(42);
for (let n = 1; n < 42; n++) {
  const hi = 1 / n;
  INV_HI[n] = hi;
  // lo = (1 - n*hi) / n, with n*hi computed exactly.
  twoProd(n, hi);
  INV_LO[n] = (1 - DD[0]! - DD[1]!) / n;
}

// ln 2 as a double-double (hi has 53 bits, lo the next 53).
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

/** ln x into DD for finite x > 0 (normal). */
function ddLog(x: number): void {
  // x = t * 2**k with t in [sqrt(1/2), sqrt(2)): read the exponent, set it to 0.
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54: subnormals become normal
    k = -54;
  }
  F64[0] = x;
  const hi = U32[1]!;
  k += ((hi >>> 20) & 0x7ff) - 1023;
  U32[1] = (hi & 0x800fffff) | 0x3ff00000;
  let t = F64[0]!;
  if (t > Math.SQRT2) {
    t /= 2;
    k += 1;
  }
  // z = (t - 1) / (t + 1): t - 1 is exact (Sterbenz); t + 1 as an exact pair.
  const num = t - 1;
  const s = t + 1;
  const sl = (1 - (s - t)) + (t - (s - (s - t)));
  ddDiv(num, 0, s, sl);
  const zh = DD[0]!, zl = DD[1]!;
  ddMul(zh, zl, zh, zl);
  const wh = DD[0]!, wl = DD[1]!;
  // 2 * (z + z**3/3 + z**5/5 + ...), |z| < 0.1716: 20 terms reach 2**-100.
  let sumH = zh, sumL = zl;
  let th = zh, tl = zl;
  for (let n = 3; n <= 41; n += 2) {
    ddMul(th, tl, wh, wl);
    th = DD[0]!;
    tl = DD[1]!;
    ddMul(th, tl, INV_HI[n]!, INV_LO[n]!);
    ddAdd(sumH, sumL, DD[0]!, DD[1]!);
    sumH = DD[0]!;
    sumL = DD[1]!;
  }
  ddMul(k, 0, LN2_HI, LN2_LO);
  ddAdd(2 * sumH, 2 * sumL, DD[0]!, DD[1]!);
}

/** exp(vh + vl) into DD as a mantissa, returning the power of two k (|v| < 746). */
function ddExp(vh: number, vl: number): number {
  const k = Math.round(vh / LN2_HI);
  ddMul(k, 0, LN2_HI, LN2_LO);
  ddAdd(vh, vl, -DD[0]!, -DD[1]!);
  // exp(r / 64) by Taylor, then six squarings; |r / 64| < 0.0055, 12 terms reach 2**-110.
  const rh = DD[0]! / 64, rl = DD[1]! / 64;
  let sumH = 1, sumL = 0;
  let th = 1, tl = 0;
  for (let n = 1; n <= 12; n++) {
    ddMul(th, tl, rh, rl);
    ddMul(DD[0]!, DD[1]!, INV_HI[n]!, INV_LO[n]!);
    th = DD[0]!;
    tl = DD[1]!;
    ddAdd(sumH, sumL, th, tl);
    sumH = DD[0]!;
    sumL = DD[1]!;
  }
  for (let i = 0; i < 6; i++) {
    ddMul(sumH, sumL, sumH, sumL);
    sumH = DD[0]!;
    sumL = DD[1]!;
  }
  DD[0] = sumH;
  DD[1] = sumL;
  return k;
}

/** x ** y (x > 0 normal, finite y) when the double-double estimate decides the rounding, else null. */
export function ddPow(x: number, y: number): number | null {
  ddLog(x);
  const lh = DD[0]!, ll = DD[1]!;
  ddMul(lh, ll, y, 0);
  const vh = DD[0]!, vl = DD[1]!;
  if (!(Math.abs(vh) < 700)) return null; // near overflow/underflow: exact path
  const k = ddExp(vh, vl);
  const h = DD[0]!, l = DD[1]!;
  // The estimate h + l lies within 2**-70 * h of the exact mantissa; the nearest double
  // of h + l is h (normalised pair). Certain when no rounding midpoint is in reach.
  const ulp = ulpAbove(h);
  const below = h === 2 ** Math.floor(Math.log2(h)) ? ulp / 2 : ulp;
  const err = h * 2 ** -70;
  if (l + err >= ulp / 2 || l - err <= -below / 2) return null;
  return h * 2 ** k;
}

/** The distance from positive h to the next double above. */
function ulpAbove(h: number): number {
  const e = Math.floor(Math.log2(h));
  return 2 ** (e - 52);
}

let forceExactPow = false;
/** Tests: skip the double-double stage so both stages can be checked against each other. */
export function setForceExactPow(on: boolean): void {
  forceExactPow = on;
}

/** x ** y for finite x > 0, x != 1, y finite and nonzero, rounded once (Infinity on overflow). */
export function correctPow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const approx = x ** y;
  if (approx === Infinity || approx === 0) return approx;
  const [m, e] = decomposeDouble(x);
  if (Number.isInteger(y) && Math.abs(y) <= 1100) {
    // Exact: m**n * 2**(e*n), one rounding.
    const n = Math.abs(y);
    const pw = m ** BigInt(n);
    if (y > 0) return roundBig(pw, e * n);
    // 1 / (pw * 2**(e*n)) = 2**(-e*n) / pw: divide with enough bits and a sticky bit.
    const shift = bitLengthOf(pw) + 60;
    const q = (1n << BigInt(shift)) / pw;
    const sticky = q * pw !== 1n << BigInt(shift);
    return roundBig(q, -shift - e * n, sticky);
  }
  if (!Number.isFinite(approx)) return approx;
  if (!forceExactPow) {
    const fast = ddPow(x, y);
    if (fast !== null) return fast;
  }
  const p = 192;
  const [my, ey] = decomposeDouble(Math.abs(y));
  let l = lnFixed(m, e, p) * my;
  l = ey >= 0 ? l << BigInt(ey) : l >> BigInt(-ey);
  if (y < 0) l = -l;
  const one = 1n << BigInt(p);
  // Far outside the double range the estimate is right: avoid huge shifts.
  if (l > 800n * one) return Infinity;
  if (l < -800n * one) return 0;
  const [mant, k] = expFixed(l, p);
  return roundBig(mant, k - p, true);
}

function isOddInteger(y: number): boolean {
  return Number.isFinite(y) && Math.abs(y % 2) === 1;
}

/** OverflowError(34, 'Numerical result out of range'): errno ERANGE from libm. */
export function raiseRangeError(): never {
  raiseObject(newException(OverflowError, newTuple([newInt(34), newStr("Numerical result out of range")])));
}

/**
 * float_pow for real results: CPython's special cases (x**0 == 1 even for NaN,
 * 1**y == 1, infinities, signed zeros), ZeroDivisionError for 0.0 to a negative
 * power, OverflowError on overflow. Returns null when the result is complex (a
 * negative base to a non-integer power): the caller makes the complex.
 */
export function floatPowReal(x: number, y: number): number | null {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x === 1 ? 1 : x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if ((y > 0) === (ax > 1)) return Math.abs(y);
    return 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (x > 0) return y > 0 ? x : 0;
    return y > 0 ? (odd ? x : -x) : (odd ? -0 : 0);
  }
  if (x === 0) {
    if (y < 0) raise(ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  let base = x;
  if (x < 0) {
    if (y !== Math.floor(y)) return null;
    base = -x;
    negate = isOddInteger(y);
  }
  if (base === 1) return negate ? -1 : 1;
  const r = correctPow(base, y);
  if (!Number.isFinite(r)) raiseRangeError();
  return negate ? -r : r;
}

function powSmall(base: number, exp: number): number | null {
  let r = 1;
  let b = base;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) {
      r *= b;
      if (r > MAX_SAFE || r < -MAX_SAFE) return null;
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      b *= b;
      if (b > MAX_SAFE) return null;
    }
  }
  return r;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let r = 1n % m;
  let b = base % m;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  return r;
}

/** Modular inverse of a (0 <= a < m) or null when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return null;
  return t0 < 0n ? t0 + m : t0;
}

function intPow(a: PyObject, b: PyObject, mod: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, y = b.v as IntValue;
  if (mod !== None) {
    if (!isInt(mod)) return notImpl();
    const mv = mod.v as IntValue;
    if (isZero(mv)) raise(ValueError, "pow() 3rd argument cannot be 0");
    const m0 = big(mv);
    const m = m0 < 0n ? -m0 : m0;
    let base = big(x) % m;
    if (base < 0n) base += m;
    let e = big(y);
    if (e < 0n) {
      const inv = modInverse(base, m);
      if (inv === null) raise(ValueError, "base is not invertible for the given modulus");
      base = inv;
      e = -e;
    }
    let r = m === 1n ? 0n : modPow(base, e, m);
    if (m0 < 0n && r !== 0n) r -= m;
    return newIntFromBig(r);
  }
  if (typeof y === "number" ? y < 0 : y < 0n) {
    // Negative exponent: float ** float.
    return newFloat(floatPowReal(intToDouble(x), intToDouble(y))!);
  }
  if (typeof x === "number") {
    if (x === 0) return newInt(isZero(y) ? 1 : 0);
    if (x === 1) return newInt(1);
    if (x === -1) return newInt(typeof y === "number" ? (y % 2 === 0 ? 1 : -1) : ((y & 1n) === 0n ? 1 : -1));
    if (typeof y === "number") {
      const r = powSmall(x, y);
      if (r !== null) return newInt(r);
    }
  }
  // |x| >= 2: the result has about y * bitlen(x) bits.
  if (typeof y === "bigint" || y * bitLengthOf(x) > 2 ** 32) raiseEmpty(MemoryError);
  return newIntFromBig(bigOp(() => big(x) ** BigInt(y)));
}

function intLshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, n = b.v as IntValue;
  if (typeof n === "number" ? n < 0 : n < 0n) raise(ValueError, "negative shift count");
  if (isZero(x)) return newInt(0);
  if (typeof n === "bigint" || n > 2 ** 32) {
    // _PyLong_New refuses more than MAX_LONG_DIGITS digits; below that the allocation fails.
    const bn = big(n);
    const wordshift = bn / 30n < MAX_WORDSHIFT ? bn / 30n : MAX_WORDSHIFT;
    const newSize = wordshift + BigInt(ndigits(x)) + (bn % 30n !== 0n ? 1n : 0n);
    if (newSize > MAX_LONG_DIGITS) raise(OverflowError, "too many digits in integer");
    raiseEmpty(MemoryError);
  }
  if (typeof x === "number" && n < 53) {
    const r = x * 2 ** n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newIntFromBig(bigOp(() => big(x) << BigInt(n)));
}

const MAX_LONG_DIGITS = ((1n << 63n) - 1n - 24n) / 4n;
const MAX_WORDSHIFT = ((1n << 63n) - 1n) / 4n;

function intRshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, n = b.v as IntValue;
  if (typeof n === "number" ? n < 0 : n < 0n) raise(ValueError, "negative shift count");
  if (typeof x === "number") {
    if (typeof n === "bigint" || n >= 64) return newInt(x < 0 ? -1 : 0);
    return newInt(Math.floor(x / 2 ** n));
  }
  if (typeof n === "bigint" || n > 2 ** 32) return newInt(x < 0n ? -1 : 0);
  return newIntFromBig(x >> BigInt(n));
}

function isInt32(v: IntValue): v is number {
  return typeof v === "number" && (v | 0) === v;
}

function bitwise(a: PyObject, b: PyObject, op: "and" | "or" | "xor"): PyObject {
  if (!isInt(a) || !isInt(b)) return notImpl();
  const x = a.v as IntValue, y = b.v as IntValue;
  if (isInt32(x) && isInt32(y)) return newInt(op === "and" ? x & y : op === "or" ? x | y : x ^ y);
  const bx = big(x), by = big(y);
  return newIntFromBig(op === "and" ? bx & by : op === "or" ? bx | by : bx ^ by);
}

export function intAnd(a: PyObject, b: PyObject): PyObject {
  return bitwise(a, b, "and");
}
export function intOr(a: PyObject, b: PyObject): PyObject {
  return bitwise(a, b, "or");
}
export function intXor(a: PyObject, b: PyObject): PyObject {
  return bitwise(a, b, "xor");
}

function negValue(v: IntValue): IntValue {
  return typeof v === "number" ? (v === 0 ? 0 : -v) : normInt(-v);
}

function intNeg(o: PyObject): PyObject {
  return newInt(negValue(o.v as IntValue));
}

function intAbs(o: PyObject): PyObject {
  const v = o.v as IntValue;
  if (typeof v === "number" ? v < 0 : v < 0n) return newInt(negValue(v));
  return exactInt(o);
}

export function intInvert(o: PyObject): PyObject {
  const v = o.v as IntValue;
  if (typeof v === "number") return newInt(-v - 1 === 0 ? 0 : -v - 1);
  return newIntFromBig(-v - 1n);
}

function intFloat(o: PyObject): PyObject {
  return newFloat(intToDouble(o.v as IntValue));
}

// ================================================================ comparison, hash

function cmpResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    default: return c >= 0;
  }
}

/**
 * Exact comparison of two reals given as JS numbers or bigints: JS compares a bigint
 * with a number mathematically, with NaN unordered (every operator false but !=).
 */
export function compareReal(x: number | bigint, y: number | bigint, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return x < y;
    case CompareOp.LE: return x <= y;
    // eslint-disable-next-line eqeqeq
    case CompareOp.EQ: return x == y;
    // eslint-disable-next-line eqeqeq
    case CompareOp.NE: return !(x == y);
    case CompareOp.GT: return x > y;
    default: return x >= y;
  }
}

function intRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (isInt(b)) {
    const x = a.v as IntValue, y = b.v as IntValue;
    if (typeof x === "number" && typeof y === "number") return pyBool(cmpResult(x - y, op));
    return pyBool(compareReal(x, y, op));
  }
  if (isFloat(b)) return pyBool(compareReal(a.v as IntValue, b.v as number, op));
  return notImpl();
}

export function intHashValue(v: IntValue): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const h = hashInt(v);
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

function intHash(o: PyObject): number | bigint {
  return intHashValue(o.v as IntValue);
}

// ================================================================ str, repr, format

/** sys.get_int_max_str_digits() (PYTHONINTMAXSTRDIGITS is not read); 0 disables the limit. */
let maxStrDigits = 4300;
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}
/** sys.set_int_max_str_digits(n): the caller checks n == 0 or n >= 640. */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}
onRuntimeReset(() => {
  maxStrDigits = 4300;
});

function limitError(): never {
  raise(ValueError, `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** The decimal text of an int payload, honouring the int max str digits limit. */
export function intToDecimal(v: IntValue): string {
  if (typeof v === "number") return String(v);
  if (maxStrDigits > 0) {
    // long_to_decimal_string_internal refuses early by the number of 30-bit digits.
    if (ndigits(v) >= Math.floor((10 * maxStrDigits) / (3 * 30)) + 2) limitError();
  }
  const s = v.toString();
  if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) limitError();
  return s;
}

// long_to_decimal_string builds its own string, so even one digit is a new object
// (str(7) is str(7) is False); the formatter paths ('%d', format(x, 'd')) return the
// cached one-character strings.
function intRepr(o: PyObject): PyObject {
  const text = intToDecimal(o.v as IntValue);
  return newStrWithMeta(text, strMeta(text));
}

function intFormat(o: PyObject, spec: PyObject): PyObject {
  const s = spec.v as string;
  // format(x, '') is str(x): 'True' for bool, a subclass's __str__ if it has one.
  if (s === "") return pyStr(o);
  const v = o.v as IntValue;
  try {
    if (typeof v === "bigint" && maxStrDigits > 0) {
      const type = parseFormatSpec(s, { typeName: typeName(o), defaultType: "d", defaultAlign: ">" }).type;
      if (type === "d" || type === "n") intToDecimal(v);
    }
    return newStr(formatInt(big(v), s, typeName(o)));
  } catch (e) {
    return raiseFormatError(e);
  }
}

// ================================================================ methods

function bitLengthMethod(self: PyObject): PyObject {
  return newInt(bitLengthOf(self.v as IntValue));
}

function popcount32(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function bitCount(self: PyObject): PyObject {
  const v = self.v as IntValue;
  if (typeof v === "number") {
    const a = Math.abs(v);
    return newInt(popcount32(a % 2 ** 32) + popcount32(Math.floor(a / 2 ** 32)));
  }
  const s = (v < 0n ? -v : v).toString(2);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
  return newInt(n);
}

function byteorderArg(fname: string, o: PyObject | undefined): boolean {
  if (o === undefined) return false; // 'big'
  if (!isStr(o)) raise(TypeError, `${fname}() argument 'byteorder' must be str, not ${typeName(o)}`);
  const s = o.v as string;
  if (s === "little") return true;
  if (s === "big") return false;
  raise(ValueError, "byteorder must be either 'little' or 'big'");
}

const TO_BYTES: ArgSpec = { fname: "to_bytes", names: ["length", "byteorder", "signed"], maxPos: 2 };

function toBytes(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [lengthArg, orderArg, signedArg] = parseArgs(TO_BYTES, args, kwnames);
  let length = 1;
  if (lengthArg !== undefined) {
    length = asSsize(lengthArg, OverflowError);
    if (length < 0) raise(ValueError, "length argument must be non-negative");
  }
  const little = byteorderArg("to_bytes", orderArg);
  const signed = signedArg !== undefined && isTrue(signedArg);
  const v = big(self.v as IntValue);
  if (!signed && v < 0n) raise(OverflowError, "can't convert negative int to unsigned");
  const bits = bitLengthOf(v < 0n ? -v - 1n : v) + (signed ? 1 : 0);
  // A zero-length result holds 0, and (signed) -1 as CPython's _PyLong_AsByteArray allows.
  if (bits > 8 * length && !(length === 0 && (v === 0n || (signed && v === -1n)))) {
    raise(OverflowError, "int too big to convert");
  }
  if (length > 2 ** 31) raiseEmpty(MemoryError);
  const out = new Uint8Array(length);
  let u = BigInt.asUintN(8 * length, v);
  if (length <= 6 && typeof self.v === "number") {
    let n = Number(u);
    for (let i = 0; i < length; i++) {
      out[little ? i : length - 1 - i] = n % 256;
      n = Math.floor(n / 256);
    }
  } else {
    const hex = u.toString(16).padStart(2 * length, "0");
    for (let i = 0; i < length; i++) {
      const byte = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
      out[little ? length - 1 - i : i] = byte;
    }
    u = 0n;
  }
  return makeBytes(out);
}

/** PyObject_Bytes for from_bytes: bytes-like objects and iterables of ints in range(256). */
function bytesFromObject(o: PyObject): Uint8Array {
  const data = bytesData(o);
  if (data !== null) return data;
  if (isStr(o) || tp(o).iter === null) raise(TypeError, `cannot convert '${typeName(o)}' object to bytes`);
  const out: number[] = [];
  const it = getIter(o);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      let v: IntValue;
      try {
        v = indexValue(x);
      } finally {
        decref(x);
      }
      if (typeof v !== "number" || v < 0 || v > 255) raise(ValueError, "bytes must be in range(0, 256)");
      out.push(v);
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

const FROM_BYTES: ArgSpec = { fname: "from_bytes", names: ["bytes", "byteorder", "signed"], maxPos: 2, required: 1 };

function fromBytes(cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [bytesArg, orderArg, signedArg] = parseArgs(FROM_BYTES, args, kwnames);
  const little = byteorderArg("from_bytes", orderArg);
  const signed = signedArg !== undefined && isTrue(signedArg);
  const data = bytesFromObject(bytesArg!);
  const n = data.length;
  let v: bigint;
  if (n <= 6) {
    let x = 0;
    for (let i = 0; i < n; i++) x = x * 256 + data[little ? n - 1 - i : i]!;
    v = BigInt(x);
  } else {
    let hex = "";
    for (let i = 0; i < n; i++) hex += data[little ? n - 1 - i : i]!.toString(16).padStart(2, "0");
    v = BigInt("0x" + hex);
  }
  if (signed && n > 0) v = BigInt.asIntN(8 * n, v);
  const r = newIntFromBig(v);
  if (cls === IntType) return r;
  try {
    return call(cls, [r]);
  } finally {
    decref(r);
  }
}

function asIntegerRatio(self: PyObject): PyObject {
  return newTuple([exactInt(self), newInt(1)]);
}

function roundMethod(self: PyObject, args: PyObject[]): PyObject {
  checkPositional("__round__", args.length, 0, 1);
  const nd = args[0];
  // int.__round__(None) is a TypeError (round(x, None) calls __round__ without arguments).
  if (nd === undefined) return exactInt(self);
  const n = indexValue(nd);
  if (typeof n === "number" ? n >= 0 : n >= 0n) return exactInt(self);
  // Round half to even to a multiple of 10**-n.
  const v = big(self.v as IntValue);
  const digits = (v < 0n ? -v : v).toString().length;
  if (typeof n === "bigint" || -n > digits + 1) return newInt(0);
  const p = 10n ** BigInt(-n);
  let q = v / p;
  let r = v % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return newIntFromBig(q * p);
}

function getnewargs(self: PyObject): PyObject {
  return newTuple([exactInt(self)]);
}

// ================================================================ constructor

const WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** str.isspace() for one code point. */
export function isPySpace(cp: number): boolean {
  return WHITESPACE.has(cp);
}

const ND = /\p{Nd}/u;

/** Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit, or -1. */
export function unicodeDecimal(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes ' ', decimal
 * digits their ASCII digit, any other non-ASCII character '?'.
 */
export function transformToAscii(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (WHITESPACE.has(cp)) out += " ";
    else {
      const d = unicodeDecimal(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : "?";
    }
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

/**
 * PyLong_FromString over ASCII text (whitespace, sign, base prefix, single
 * underscores between digits). Returns null when the text is not a valid literal.
 */
export function parseIntText(text: string, base: number): IntValue | null {
  let i = 0;
  const n = text.length;
  while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") {
    negative = text[i] === "-";
    i++;
  }
  let b = base;
  let prefixed = false;
  if (text[i] === "0" && i + 1 < n) {
    const p = text[i + 1]!.toLowerCase();
    if ((p === "x" && (b === 16 || b === 0)) || (p === "o" && (b === 8 || b === 0)) || (p === "b" && (b === 2 || b === 0))) {
      b = p === "x" ? 16 : p === "o" ? 8 : 2;
      i += 2;
      prefixed = true;
    }
  }
  let zeroStart = false;
  if (b === 0) {
    b = 10;
    zeroStart = text[i] === "0";
  }
  const start = i;
  let digits = "";
  let lastUnderscore = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) {
      if (lastUnderscore || (i === start && !prefixed)) return null;
      lastUnderscore = true;
      continue;
    }
    if (digitValue(c) >= b) break;
    digits += text[i];
    lastUnderscore = false;
  }
  if (lastUnderscore || digits.length === 0) return null;
  while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i !== n) return null;
  if (zeroStart && /[^0]/.test(digits)) return null;
  if (maxStrDigits > 0 && (b & (b - 1)) !== 0 && digits.length > maxStrDigits) {
    raise(ValueError, `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: IntValue;
  if (b === 10 && digits.length <= 15) v = Number(digits);
  else if (b === 10) v = normInt(BigInt(digits));
  else if (b === 16 || b === 8 || b === 2) v = normInt(BigInt((b === 16 ? "0x" : b === 8 ? "0o" : "0b") + digits));
  else {
    let acc = 0n;
    const bb = BigInt(b);
    // Chunks of digits that fit a safe integer.
    const chunk = Math.floor(53 / Math.log2(b));
    for (let k = 0; k < digits.length; k += chunk) {
      const part = digits.slice(k, k + chunk);
      acc = acc * bb ** BigInt(part.length) + BigInt(parseInt(part, b));
    }
    v = normInt(acc);
  }
  return negative ? negValue(v) : v;
}

function invalidLiteral(base: number, reprText: string): never {
  // %.200R: the repr is cut at 200 characters.
  raise(ValueError, `invalid literal for int() with base ${base}: ${Array.from(reprText).slice(0, 200).join("")}`);
}

/** int(text, base) for a str, bytes or bytearray object; null when o is none of them. */
function intFromStringObject(o: PyObject, base: number): IntValue | null {
  if (isStr(o)) {
    const s = o.v as string;
    const v = parseIntText(transformToAscii(s), base);
    if (v === null) invalidLiteral(base, strRepr(s));
    return v;
  }
  const data = bytesData(o);
  if (data === null) return null;
  let text = "";
  for (const byte of data) text += String.fromCharCode(byte);
  // A NUL byte ends the C string: anything after it makes the literal invalid.
  const v = text.includes("\0") ? null : parseIntText(text.replace(/[\x80-\xff]/g, "?"), base);
  if (v === null) invalidLiteral(base, bytesObjectRepr(o, data));
  return v;
}

/**
 * _PyObject_LookupSpecial: `name` looked up on the type (not the instance) and bound
 * to `o`; null when the type does not define it. A new reference.
 */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const descr = typeLookup(o.type, internStr(name));
  if (descr === null) return null;
  const get = tp(descr).descrGet;
  if (get !== null) return get(descr, o, o.type);
  return incref(descr);
}

/** Call o.<name>() if the type defines it: the result, or null when it does not. */
export function callSpecial(o: PyObject, name: string): PyObject | null {
  const bound = lookupSpecial(o, name);
  if (bound === null) return null;
  try {
    return call(bound, []);
  } finally {
    decref(bound);
  }
}

/** PyNumber_Long: int(x) (a new reference to an exact int). */
export function numberLong(o: PyObject): PyObject {
  if (o.type === IntType) return incref(o);
  const data = tp(o);
  if (data.int !== null) {
    const r = data.int(o);
    if (r.type === IntType) return r;
    if (!isInt(r)) {
      const name = typeName(r);
      decref(r);
      raise(TypeError, `__int__ returned non-int (type ${name})`);
    }
    // An int subclass from __int__ is deprecated (DeprecationWarning) and converted.
    const exact = newInt(r.v as IntValue);
    decref(r);
    return exact;
  }
  if (data.index !== null) {
    const r = numberIndex(o);
    if (r.type === IntType) return r;
    const exact = newInt(r.v as IntValue);
    decref(r);
    return exact;
  }
  // __trunc__ (deprecated since 3.11: CPython also warns, not emitted here).
  const t = callSpecial(o, "__trunc__");
  if (t !== null) {
    if (t.type === IntType) return t;
    if (isInt(t)) {
      const exact = newInt(t.v as IntValue);
      decref(t);
      return exact;
    }
    if (tp(t).index === null) {
      const name = typeName(t);
      decref(t);
      raise(TypeError, `__trunc__ returned non-Integral (type ${name})`);
    }
    try {
      return numberIndex(t);
    } finally {
      decref(t);
    }
  }
  const v = intFromStringObject(o, 10);
  if (v !== null) return newInt(v);
  raise(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(o)}'`);
}

const INT_NEW: ArgSpec = { fname: "int", names: ["x", "base"], posOnly: 1 };

function longNewImpl(args: PyObject[], kwnames: PyObject | null): PyObject {
  const kw = kwnameList(kwnames);
  const npos = args.length - (kw?.length ?? 0);
  if (npos > 2) raise(TypeError, `int() takes at most 2 arguments (${npos} given)`);
  const [x, obase] = parseArgs(INT_NEW, args, kw);
  if (obase === undefined) {
    if (x === undefined) return newInt(0);
    return numberLong(x);
  }
  if (x === undefined) raise(TypeError, "int() missing string argument");
  const bv = asSsize(obase, null);
  if ((bv !== 0 && bv < 2) || bv > 36) raise(ValueError, "int() base must be >= 2 and <= 36, or 0");
  const v = intFromStringObject(x, bv);
  if (v === null) raise(TypeError, "int() can't convert non-string with explicit base");
  return newInt(v);
}

/** tp_alloc for a subtype of int/float/complex: PyType_GenericAlloc's block size. */
export function allocSubtype(type: PyObject, nitems: number, v: unknown): PyObject {
  const data = typeData(type);
  const size = ((data.basicsize + (nitems + 1) * data.itemsize + 7) & ~7) + data.preHeaderSize;
  const o = allocObject(type, size, v, null);
  if (data.isGC) gcTrack(o);
  return o;
}

function intNew(type: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const r = longNewImpl(args, kwnames);
  if (type === IntType) return r;
  const v = r.v as IntValue;
  decref(r);
  return allocSubtype(type, Math.max(1, ndigits(v)), v);
}

/** seq * n: the count through __index__ (PyNumber_AsSsize_t with OverflowError). */
function sequenceRepeat(seq: PyObject, count: PyObject): PyObject {
  if (tp(count).index === null) raise(TypeError, `can't multiply sequence by non-int of type '${typeName(count)}'`);
  const n = asSsize(count, OverflowError);
  return tp(seq).repeat!(seq, n);
}
setSequenceRepeat(sequenceRepeat);

// ================================================================ install

const data = typeData(IntType);
data.add = intAdd;
data.sub = intSub;
data.mul = intMul;
data.truediv = intTrueDiv;
data.floordiv = intFloorDiv;
data.mod = intMod;
data.divmod = intDivmod;
data.pow = intPow;
data.lshift = intLshift;
data.rshift = intRshift;
data.and = intAnd;
data.or = intOr;
data.xor = intXor;
data.neg = intNeg;
data.pos = exactInt;
data.abs = intAbs;
data.invert = intInvert;
data.bool = (o) => o.v !== 0;
data.index = exactInt;
data.int = exactInt;
data.float = intFloat;
data.richcompare = intRichCompare;
data.hash = intHash;
data.repr = intRepr;
// tp_str is object_str (str() is repr())
data.format = intFormat;
data.new = intNew;

data.methodDefs = {
  ...data.methodDefs,
  conjugate: { kind: "noargs", fn: exactInt, doc: "Returns self, the complex conjugate of any int." },
  bit_length: { kind: "noargs", fn: bitLengthMethod, doc: "Number of bits necessary to represent self in binary." },
  bit_count: { kind: "noargs", fn: bitCount, doc: "Number of ones in the binary representation of the absolute value of self." },
  to_bytes: { kind: "fastkw", fn: toBytes, doc: "Return an array of bytes representing an integer." },
  as_integer_ratio: { kind: "noargs", fn: asIntegerRatio, doc: "Return a pair of integers, whose ratio is equal to the original int." },
  is_integer: { kind: "noargs", fn: () => True, doc: "Returns True. Exists for duck type compatibility with float.is_integer." },
  __trunc__: { kind: "noargs", fn: exactInt, doc: "Truncating an Integral returns itself." },
  __floor__: { kind: "noargs", fn: exactInt, doc: "Flooring an Integral returns itself." },
  __ceil__: { kind: "noargs", fn: exactInt, doc: "Ceiling of an Integral returns itself." },
  __round__: { kind: "fast", fn: roundMethod, doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer." },
  __getnewargs__: { kind: "noargs", fn: getnewargs },
};
data.classMethodDefs = {
  ...data.classMethodDefs,
  from_bytes: { kind: "fastkw", fn: fromBytes, doc: "Return the integer represented by the given array of bytes." },
};
data.getsets = {
  ...data.getsets,
  real: { get: exactInt, doc: "the real part of a complex number" },
  imag: { get: () => newInt(0), doc: "the imaginary part of a complex number" },
  numerator: { get: exactInt, doc: "the numerator of a rational number in lowest terms" },
  denominator: { get: () => newInt(1), doc: "the denominator of a rational number in lowest terms" },
};

export {
  intAdd, intSub, intMul, intTrueDiv, intFloorDiv, intMod, intDivmod, intPow, intLshift, intRshift,
  intNeg, intAbs, intRichCompare, intHash, intRepr, intFormat, intNew, exactInt, intBig,
};
