// str (Objects/unicodeobject.c, Objects/stringlib/*): the slots and methods of the
// str type, the str iterators, str.format (unicode_format.h) and printf-style `%`
// formatting (PyUnicode_Format). The core (payload, sizes, singletons, interning,
// hashing) is in unicodeobject.ts.
//
// Indices are code points. A str whose kind is not UCS-4 has no surrogate pairs, so
// its JS code units are its code points and the fast paths work on the JS string
// directly; UCS-4 strings convert indices (cpToCu / cuToCp) or split into code points.
// Results that CPython returns unchanged (strip with nothing to strip, replace with
// no match, s * 1, s[:], a lone split piece ...) are the same object, as in CPython;
// results CPython builds with PyUnicode_New and fills in place (case mappings,
// replace, padding, stepped slices, join) are new objects even for one latin-1
// character (freshStr), where the constructors would hand out the cached singleton.
//
// For the VM: strPercentFormat (the `%` slot), strAppend (PyUnicode_Append, for
// BINARY_OP_INPLACE_ADD_UNICODE), asciiOf (ascii()), strJoin/strConcat/strRepeat/
// strGetItem, and the index helpers (indexValue, asSsize, sliceIndex, sliceIndices).
// Unicode data: the host's regexp properties (Unicode 17) corrected to CPython 3.12's
// Unicode 15.0 (NEW_SINCE_15 masks later code points; the tables below are generated
// from CPython); test/objects/str.test.ts checks every code point.
import { sequenceFast } from "./listmethods.js";
import { decref, incref, PyObject, PyRaise } from "./object.js";
import { allocObject, freeObject, reallocBuffer } from "./runtime.js";
import { None, NotImplemented, True, False, pyBool } from "./singletons.js";
import {
  CompareOp, isSubtype, makeStaticType, tp, typeData, typeName, TPFLAGS_HAVE_GC, type MethodDef,
} from "./typeobject.js";
import { BoolType, BytesType, FloatType, IntType, SliceType, StrIterType, StrType, TupleType, ListType } from "./types.js";
import * as abstract from "./abstract.js";
import {
  IndexError, KeyError, LookupError, MemoryError, OverflowError, TypeError, ValueError, raise, raiseEmpty,
} from "./exceptions.js";
import {
  EmptyStr, KIND_ASCII, KIND_UCS4, concatMeta, exactStrSizeof, isInterned, newStr, newStrWithMeta, strAllocSize, strKind, strLength, strMeta,
} from "./unicodeobject.js";
import { newInt } from "./longobject.js";
import { newList, newListPreallocated } from "./listobject.js";
import { newTuple } from "./tupleobject.js";
import { strRepr } from "../values/strrepr.js";
import {
  PyFormatError, formatFloatPercent, formatIntPercent, formatStr, formatStrPercent, type PercentFlags,
} from "./formatspec.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import { decodeBytes, encodeText, newBytes, bytesData } from "./bytesobject.js";
import { dictKeyAt, dictNext, dictSetItem, dictValueAt, isDict, newDict } from "./dictobject.js";

const SSIZE_MAX = 9223372036854775807; // PY_SSIZE_T_MAX as a JS number (2**63)
const MAX_LENGTH = 2 ** 28; // beyond this V8 cannot hold the text: MemoryError

// ---------------------------------------------------------------- type tests and conversions

export function isStr(o: PyObject): boolean {
  return o.type === StrType || isSubtype(o.type, StrType);
}

export function isInt(o: PyObject): boolean {
  return o.type === IntType || o.type === BoolType || isSubtype(o.type, IntType);
}

function isFloat(o: PyObject): boolean {
  return o.type === FloatType || isSubtype(o.type, FloatType);
}

/** An int object's value (number or bigint). */
function intVal(o: PyObject): number | bigint {
  return o.v as number | bigint;
}

function bigVal(o: PyObject): bigint {
  const v = o.v as number | bigint;
  return typeof v === "bigint" ? v : BigInt(v);
}

/** _PyIndex_Check */
export function hasIndex(o: PyObject): boolean {
  return isInt(o) || tp(o).index !== null;
}

/** PyNumber_Index's value, or null when the object has no __index__. */
export function indexValue(o: PyObject): number | bigint | null {
  if (isInt(o)) return intVal(o);
  const slot = tp(o).index;
  if (slot === null) return null;
  const r = slot(o);
  try {
    if (!isInt(r)) raise(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return intVal(r);
  } finally {
    decref(r);
  }
}

function clampSsize(v: number | bigint): number {
  if (typeof v === "number") return v > SSIZE_MAX ? SSIZE_MAX : v < -SSIZE_MAX ? -SSIZE_MAX : v;
  return v > 0n ? SSIZE_MAX : -SSIZE_MAX;
}

function fitsSsize(v: number | bigint): boolean {
  return typeof v === "number" || (v >= -(1n << 63n) && v < 1n << 63n);
}

/** PyNumber_AsSsize_t(o, OverflowError): width and count arguments. */
export function asSsize(o: PyObject): number {
  const v = indexValue(o);
  if (v === null) raise(TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  if (!fitsSsize(v)) raise(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** PyNumber_AsSsize_t(o, IndexError) for subscripts. */
function asIndexForSubscript(o: PyObject): number {
  const v = indexValue(o)!;
  if (!fitsSsize(v)) raise(IndexError, `cannot fit '${typeName(o)}' into an index-sized integer`);
  return Number(v);
}

/** _PyEval_SliceIndex: None → null, ints clamped to the ssize_t range. */
export function sliceIndex(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  const v = indexValue(o);
  if (v === null) raise(TypeError, "slice indices must be integers or None or have an __index__ method");
  return clampSsize(v);
}

/** ADJUST_INDICES of stringlib: start/end of find, count, startswith ... */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  length: number;
}

/** PySlice_Unpack + PySlice_AdjustIndices on a slice object (payload {start, stop, step}). */
export function sliceIndices(slice: PyObject, len: number): SliceIndices {
  // sliceobject.ts keeps [start, stop, step]; {start, stop, step} is accepted as well
  const raw = slice.v as PyObject[] | { start: PyObject; stop: PyObject; step: PyObject };
  const p = Array.isArray(raw) ? { start: raw[0]!, stop: raw[1]!, step: raw[2]! } : raw;
  let step: number;
  if (p.step === None || p.step === undefined) step = 1;
  else {
    const v = sliceIndex(p.step)!;
    if (v === 0) raise(ValueError, "slice step cannot be zero");
    step = v < -SSIZE_MAX ? -SSIZE_MAX : v;
  }
  let start = sliceIndex(p.start) ?? (step < 0 ? SSIZE_MAX : 0);
  let stop = sliceIndex(p.stop) ?? (step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX);
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let length = 0;
  if (step < 0) {
    if (stop < start) length = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) length = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, length };
}

/** Map a PyFormatError of formatspec.ts to the Python exception. */
function fmt<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof PyFormatError) {
      if (e.pyType === "MemoryError") raiseEmpty(MemoryError);
      raise(e.pyType === "OverflowError" ? OverflowError : ValueError, e.message);
    }
    throw e;
  }
}

// ---------------------------------------------------------------- code points

function text(o: PyObject): string {
  return o.v as string;
}

function wide(o: PyObject): boolean {
  return strKind(o) === KIND_UCS4;
}

/** Code-unit offset of code point `cp` (clamped to the string). */
function cpToCu(s: string, cp: number): number {
  let cu = 0;
  for (let i = 0; i < cp && cu < s.length; i++) {
    const c = s.charCodeAt(cu);
    cu += c >= 0xd800 && c < 0xdc00 && cu + 1 < s.length && (s.charCodeAt(cu + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return cu;
}

/** Code-point index of code-unit offset `cu`. */
function cuToCp(s: string, cu: number): number {
  let cp = 0;
  for (let i = 0; i < cu; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    cp++;
  }
  return cp;
}

let cpCacheKey = "";
let cpCacheVal: string[] = [];
/** The code points of a string as one-code-point JS strings (memoised for the last string). */
function codePoints(s: string): string[] {
  if (s !== cpCacheKey) {
    cpCacheVal = Array.from(s);
    cpCacheKey = s;
  }
  return cpCacheVal;
}

/** s[from:to] in code points. */
function cpSlice(o: PyObject, from: number, to: number): string {
  const s = text(o);
  if (!wide(o)) return s.slice(from, to);
  return codePoints(s).slice(from, to).join("");
}

/** unicode_result_unchanged */
function unchanged(self: PyObject): PyObject {
  if (self.type === StrType) return incref(self);
  return newStr(text(self));
}

/** A new str, refusing lengths V8 cannot hold. */
function makeStr(s: string): PyObject {
  return newStr(s);
}

/**
 * A str built by PyUnicode_New and filled in place (case mappings, replace, padding,
 * stepped slices, join): CPython does not swap a one-character result for the cached
 * latin-1 singleton there, so neither do we ('' stays the empty singleton).
 */
function freshStr(s: string): PyObject {
  if (s === "") return EmptyStr;
  checkLength(s.length);
  const meta = strMeta(s);
  return allocObject(StrType, strAllocSize(meta), s, meta);
}

function checkLength(n: number): void {
  if (n > MAX_LENGTH) raiseEmpty(MemoryError);
}

// ---------------------------------------------------------------- Unicode properties

const WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Py_UNICODE_ISSPACE */
export function isSpace(c: number): boolean {
  return c < 128 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) : WHITESPACE.has(c);
}

/** Py_UNICODE_ISLINEBREAK */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e ||
    c === 0x85 || c === 0x2028 || c === 0x2029;
}

// Unicode 15.0 data from CPython 3.12.1 (tools/gen-str-vectors.py --tables).
/** Code points whose title case differs from their upper case: [cp, title]. */
const TITLE_EXCEPTIONS: [number, string][] = [[223,"Ss"],[452,"\u01c5"],[453,"\u01c5"],[454,"\u01c5"],[455,"\u01c8"],[456,"\u01c8"],[457,"\u01c8"],[458,"\u01cb"],[459,"\u01cb"],[460,"\u01cb"],[497,"\u01f2"],[498,"\u01f2"],[499,"\u01f2"],[1415,"\u0535\u0582"],[4304,"\u10d0"],[4305,"\u10d1"],[4306,"\u10d2"],[4307,"\u10d3"],[4308,"\u10d4"],[4309,"\u10d5"],[4310,"\u10d6"],[4311,"\u10d7"],[4312,"\u10d8"],[4313,"\u10d9"],[4314,"\u10da"],[4315,"\u10db"],[4316,"\u10dc"],[4317,"\u10dd"],[4318,"\u10de"],[4319,"\u10df"],[4320,"\u10e0"],[4321,"\u10e1"],[4322,"\u10e2"],[4323,"\u10e3"],[4324,"\u10e4"],[4325,"\u10e5"],[4326,"\u10e6"],[4327,"\u10e7"],[4328,"\u10e8"],[4329,"\u10e9"],[4330,"\u10ea"],[4331,"\u10eb"],[4332,"\u10ec"],[4333,"\u10ed"],[4334,"\u10ee"],[4335,"\u10ef"],[4336,"\u10f0"],[4337,"\u10f1"],[4338,"\u10f2"],[4339,"\u10f3"],[4340,"\u10f4"],[4341,"\u10f5"],[4342,"\u10f6"],[4343,"\u10f7"],[4344,"\u10f8"],[4345,"\u10f9"],[4346,"\u10fa"],[4349,"\u10fd"],[4350,"\u10fe"],[4351,"\u10ff"],[8064,"\u1f88"],[8065,"\u1f89"],[8066,"\u1f8a"],[8067,"\u1f8b"],[8068,"\u1f8c"],[8069,"\u1f8d"],[8070,"\u1f8e"],[8071,"\u1f8f"],[8072,"\u1f88"],[8073,"\u1f89"],[8074,"\u1f8a"],[8075,"\u1f8b"],[8076,"\u1f8c"],[8077,"\u1f8d"],[8078,"\u1f8e"],[8079,"\u1f8f"],[8080,"\u1f98"],[8081,"\u1f99"],[8082,"\u1f9a"],[8083,"\u1f9b"],[8084,"\u1f9c"],[8085,"\u1f9d"],[8086,"\u1f9e"],[8087,"\u1f9f"],[8088,"\u1f98"],[8089,"\u1f99"],[8090,"\u1f9a"],[8091,"\u1f9b"],[8092,"\u1f9c"],[8093,"\u1f9d"],[8094,"\u1f9e"],[8095,"\u1f9f"],[8096,"\u1fa8"],[8097,"\u1fa9"],[8098,"\u1faa"],[8099,"\u1fab"],[8100,"\u1fac"],[8101,"\u1fad"],[8102,"\u1fae"],[8103,"\u1faf"],[8104,"\u1fa8"],[8105,"\u1fa9"],[8106,"\u1faa"],[8107,"\u1fab"],[8108,"\u1fac"],[8109,"\u1fad"],[8110,"\u1fae"],[8111,"\u1faf"],[8114,"\u1fba\u0345"],[8115,"\u1fbc"],[8116,"\u0386\u0345"],[8119,"\u0391\u0342\u0345"],[8124,"\u1fbc"],[8130,"\u1fca\u0345"],[8131,"\u1fcc"],[8132,"\u0389\u0345"],[8135,"\u0397\u0342\u0345"],[8140,"\u1fcc"],[8178,"\u1ffa\u0345"],[8179,"\u1ffc"],[8180,"\u038f\u0345"],[8183,"\u03a9\u0342\u0345"],[8188,"\u1ffc"],[64256,"Ff"],[64257,"Fi"],[64258,"Fl"],[64259,"Ffi"],[64260,"Ffl"],[64261,"St"],[64262,"St"],[64275,"\u0544\u0576"],[64276,"\u0544\u0565"],[64277,"\u0544\u056b"],[64278,"\u054e\u0576"],[64279,"\u0544\u056d"]];
/** Code points whose case folding differs from their lower case: [cp, folded]. */
const CASEFOLD_EXCEPTIONS: [number, string][] = [[181,"\u03bc"],[223,"ss"],[329,"\u02bcn"],[383,"s"],[496,"j\u030c"],[837,"\u03b9"],[912,"\u03b9\u0308\u0301"],[944,"\u03c5\u0308\u0301"],[962,"\u03c3"],[976,"\u03b2"],[977,"\u03b8"],[981,"\u03c6"],[982,"\u03c0"],[1008,"\u03ba"],[1009,"\u03c1"],[1013,"\u03b5"],[1415,"\u0565\u0582"],[5024,"\u13a0"],[5025,"\u13a1"],[5026,"\u13a2"],[5027,"\u13a3"],[5028,"\u13a4"],[5029,"\u13a5"],[5030,"\u13a6"],[5031,"\u13a7"],[5032,"\u13a8"],[5033,"\u13a9"],[5034,"\u13aa"],[5035,"\u13ab"],[5036,"\u13ac"],[5037,"\u13ad"],[5038,"\u13ae"],[5039,"\u13af"],[5040,"\u13b0"],[5041,"\u13b1"],[5042,"\u13b2"],[5043,"\u13b3"],[5044,"\u13b4"],[5045,"\u13b5"],[5046,"\u13b6"],[5047,"\u13b7"],[5048,"\u13b8"],[5049,"\u13b9"],[5050,"\u13ba"],[5051,"\u13bb"],[5052,"\u13bc"],[5053,"\u13bd"],[5054,"\u13be"],[5055,"\u13bf"],[5056,"\u13c0"],[5057,"\u13c1"],[5058,"\u13c2"],[5059,"\u13c3"],[5060,"\u13c4"],[5061,"\u13c5"],[5062,"\u13c6"],[5063,"\u13c7"],[5064,"\u13c8"],[5065,"\u13c9"],[5066,"\u13ca"],[5067,"\u13cb"],[5068,"\u13cc"],[5069,"\u13cd"],[5070,"\u13ce"],[5071,"\u13cf"],[5072,"\u13d0"],[5073,"\u13d1"],[5074,"\u13d2"],[5075,"\u13d3"],[5076,"\u13d4"],[5077,"\u13d5"],[5078,"\u13d6"],[5079,"\u13d7"],[5080,"\u13d8"],[5081,"\u13d9"],[5082,"\u13da"],[5083,"\u13db"],[5084,"\u13dc"],[5085,"\u13dd"],[5086,"\u13de"],[5087,"\u13df"],[5088,"\u13e0"],[5089,"\u13e1"],[5090,"\u13e2"],[5091,"\u13e3"],[5092,"\u13e4"],[5093,"\u13e5"],[5094,"\u13e6"],[5095,"\u13e7"],[5096,"\u13e8"],[5097,"\u13e9"],[5098,"\u13ea"],[5099,"\u13eb"],[5100,"\u13ec"],[5101,"\u13ed"],[5102,"\u13ee"],[5103,"\u13ef"],[5104,"\u13f0"],[5105,"\u13f1"],[5106,"\u13f2"],[5107,"\u13f3"],[5108,"\u13f4"],[5109,"\u13f5"],[5112,"\u13f0"],[5113,"\u13f1"],[5114,"\u13f2"],[5115,"\u13f3"],[5116,"\u13f4"],[5117,"\u13f5"],[7296,"\u0432"],[7297,"\u0434"],[7298,"\u043e"],[7299,"\u0441"],[7300,"\u0442"],[7301,"\u0442"],[7302,"\u044a"],[7303,"\u0463"],[7304,"\ua64b"],[7830,"h\u0331"],[7831,"t\u0308"],[7832,"w\u030a"],[7833,"y\u030a"],[7834,"a\u02be"],[7835,"\u1e61"],[7838,"ss"],[8016,"\u03c5\u0313"],[8018,"\u03c5\u0313\u0300"],[8020,"\u03c5\u0313\u0301"],[8022,"\u03c5\u0313\u0342"],[8064,"\u1f00\u03b9"],[8065,"\u1f01\u03b9"],[8066,"\u1f02\u03b9"],[8067,"\u1f03\u03b9"],[8068,"\u1f04\u03b9"],[8069,"\u1f05\u03b9"],[8070,"\u1f06\u03b9"],[8071,"\u1f07\u03b9"],[8072,"\u1f00\u03b9"],[8073,"\u1f01\u03b9"],[8074,"\u1f02\u03b9"],[8075,"\u1f03\u03b9"],[8076,"\u1f04\u03b9"],[8077,"\u1f05\u03b9"],[8078,"\u1f06\u03b9"],[8079,"\u1f07\u03b9"],[8080,"\u1f20\u03b9"],[8081,"\u1f21\u03b9"],[8082,"\u1f22\u03b9"],[8083,"\u1f23\u03b9"],[8084,"\u1f24\u03b9"],[8085,"\u1f25\u03b9"],[8086,"\u1f26\u03b9"],[8087,"\u1f27\u03b9"],[8088,"\u1f20\u03b9"],[8089,"\u1f21\u03b9"],[8090,"\u1f22\u03b9"],[8091,"\u1f23\u03b9"],[8092,"\u1f24\u03b9"],[8093,"\u1f25\u03b9"],[8094,"\u1f26\u03b9"],[8095,"\u1f27\u03b9"],[8096,"\u1f60\u03b9"],[8097,"\u1f61\u03b9"],[8098,"\u1f62\u03b9"],[8099,"\u1f63\u03b9"],[8100,"\u1f64\u03b9"],[8101,"\u1f65\u03b9"],[8102,"\u1f66\u03b9"],[8103,"\u1f67\u03b9"],[8104,"\u1f60\u03b9"],[8105,"\u1f61\u03b9"],[8106,"\u1f62\u03b9"],[8107,"\u1f63\u03b9"],[8108,"\u1f64\u03b9"],[8109,"\u1f65\u03b9"],[8110,"\u1f66\u03b9"],[8111,"\u1f67\u03b9"],[8114,"\u1f70\u03b9"],[8115,"\u03b1\u03b9"],[8116,"\u03ac\u03b9"],[8118,"\u03b1\u0342"],[8119,"\u03b1\u0342\u03b9"],[8124,"\u03b1\u03b9"],[8126,"\u03b9"],[8130,"\u1f74\u03b9"],[8131,"\u03b7\u03b9"],[8132,"\u03ae\u03b9"],[8134,"\u03b7\u0342"],[8135,"\u03b7\u0342\u03b9"],[8140,"\u03b7\u03b9"],[8146,"\u03b9\u0308\u0300"],[8147,"\u03b9\u0308\u0301"],[8150,"\u03b9\u0342"],[8151,"\u03b9\u0308\u0342"],[8162,"\u03c5\u0308\u0300"],[8163,"\u03c5\u0308\u0301"],[8164,"\u03c1\u0313"],[8166,"\u03c5\u0342"],[8167,"\u03c5\u0308\u0342"],[8178,"\u1f7c\u03b9"],[8179,"\u03c9\u03b9"],[8180,"\u03ce\u03b9"],[8182,"\u03c9\u0342"],[8183,"\u03c9\u0342\u03b9"],[8188,"\u03c9\u03b9"],[43888,"\u13a0"],[43889,"\u13a1"],[43890,"\u13a2"],[43891,"\u13a3"],[43892,"\u13a4"],[43893,"\u13a5"],[43894,"\u13a6"],[43895,"\u13a7"],[43896,"\u13a8"],[43897,"\u13a9"],[43898,"\u13aa"],[43899,"\u13ab"],[43900,"\u13ac"],[43901,"\u13ad"],[43902,"\u13ae"],[43903,"\u13af"],[43904,"\u13b0"],[43905,"\u13b1"],[43906,"\u13b2"],[43907,"\u13b3"],[43908,"\u13b4"],[43909,"\u13b5"],[43910,"\u13b6"],[43911,"\u13b7"],[43912,"\u13b8"],[43913,"\u13b9"],[43914,"\u13ba"],[43915,"\u13bb"],[43916,"\u13bc"],[43917,"\u13bd"],[43918,"\u13be"],[43919,"\u13bf"],[43920,"\u13c0"],[43921,"\u13c1"],[43922,"\u13c2"],[43923,"\u13c3"],[43924,"\u13c4"],[43925,"\u13c5"],[43926,"\u13c6"],[43927,"\u13c7"],[43928,"\u13c8"],[43929,"\u13c9"],[43930,"\u13ca"],[43931,"\u13cb"],[43932,"\u13cc"],[43933,"\u13cd"],[43934,"\u13ce"],[43935,"\u13cf"],[43936,"\u13d0"],[43937,"\u13d1"],[43938,"\u13d2"],[43939,"\u13d3"],[43940,"\u13d4"],[43941,"\u13d5"],[43942,"\u13d6"],[43943,"\u13d7"],[43944,"\u13d8"],[43945,"\u13d9"],[43946,"\u13da"],[43947,"\u13db"],[43948,"\u13dc"],[43949,"\u13dd"],[43950,"\u13de"],[43951,"\u13df"],[43952,"\u13e0"],[43953,"\u13e1"],[43954,"\u13e2"],[43955,"\u13e3"],[43956,"\u13e4"],[43957,"\u13e5"],[43958,"\u13e6"],[43959,"\u13e7"],[43960,"\u13e8"],[43961,"\u13e9"],[43962,"\u13ea"],[43963,"\u13eb"],[43964,"\u13ec"],[43965,"\u13ed"],[43966,"\u13ee"],[43967,"\u13ef"],[64256,"ff"],[64257,"fi"],[64258,"fl"],[64259,"ffi"],[64260,"ffl"],[64261,"st"],[64262,"st"],[64275,"\u0574\u0576"],[64276,"\u0574\u0565"],[64277,"\u0574\u056b"],[64278,"\u057e\u0576"],[64279,"\u0574\u056d"]];
/** isdigit() but not isdecimal(): flat [lo, hi, lo, hi, ...]. */
const DIGIT_RANGES = [178,179,185,185,4969,4977,6618,6618,8304,8304,8308,8313,8320,8329,9312,9320,9332,9340,9352,9360,9450,9450,9461,9469,9471,9471,10102,10110,10112,10120,10122,10130,68160,68163,69216,69224,69714,69722,127232,127242];
/** isnumeric() but not isdigit(). */
const NUMERIC_RANGES = [188,190,2548,2553,2930,2935,3056,3058,3192,3198,3416,3422,3440,3448,3882,3891,4978,4988,5870,5872,6128,6137,8528,8578,8581,8585,9321,9331,9341,9351,9361,9371,9451,9460,9470,9470,10111,10111,10121,10121,10131,10131,11517,11517,12295,12295,12321,12329,12344,12346,12690,12693,12832,12841,12872,12879,12881,12895,12928,12937,12977,12991,13317,13317,13443,13443,14378,14378,15181,15181,19968,19968,19971,19971,19975,19975,19977,19977,20061,20061,20108,20108,20116,20116,20118,20118,20159,20160,20191,20191,20200,20200,20237,20237,20336,20336,20740,20740,20806,20806,20841,20841,20843,20843,20845,20845,21313,21313,21315,21317,21324,21324,21441,21444,22235,22235,22769,22769,22777,22777,24186,24186,24318,24319,24332,24334,24336,24336,25342,25342,25420,25420,26578,26578,28422,28422,29590,29590,30334,30334,32902,32902,33836,33836,36014,36014,36019,36019,36144,36144,38433,38433,38470,38470,38476,38476,38520,38520,38646,38646,42726,42735,43056,43061,63851,63851,63859,63859,63864,63864,63922,63922,63953,63953,63955,63955,63997,63997,65799,65843,65856,65912,65930,65931,66273,66299,66336,66339,66369,66369,66378,66378,66513,66517,67672,67679,67705,67711,67751,67759,67835,67839,67862,67867,68028,68029,68032,68047,68050,68095,68164,68168,68221,68222,68253,68255,68331,68335,68440,68447,68472,68479,68521,68527,68858,68863,69225,69246,69405,69414,69457,69460,69573,69579,69723,69733,70113,70132,71482,71483,71914,71922,72794,72812,73664,73684,74752,74862,93019,93025,93824,93846,119488,119507,119520,119539,119648,119672,125127,125135,126065,126123,126125,126127,126129,126132,126209,126253,126255,126269,127243,127244,131073,131073,131172,131172,131298,131298,131361,131361,133418,133418,133507,133507,133516,133516,133532,133532,133866,133866,133885,133885,133913,133913,140176,140176,141720,141720,146203,146203,156269,156269,194704,194704];
/** Assigned after Unicode 15.0 (the host regexps know them; CPython 3.12 does not). */
const NEW_SINCE_15 = [2191,2191,2199,2199,3164,3164,3292,3292,6863,6877,6880,6891,6990,6991,7039,7039,7305,7306,8385,8385,9255,9257,11158,11158,12284,12287,12772,12773,12783,12783,42955,42959,42962,42962,42964,42964,42970,42972,42993,42993,64451,64466,64912,64913,64968,64974,67008,67059,67904,67929,68928,68965,68969,68997,69006,69007,69314,69319,69328,69336,69370,69372,70528,70537,70539,70539,70542,70542,70544,70581,70583,70592,70594,70594,70597,70597,70599,70602,70604,70613,70615,70616,70625,70626,71376,71395,72544,72551,72640,72673,72688,72697,73136,73179,73184,73193,73562,73562,78944,82938,90368,90425,93504,93561,93856,93880,93883,93907,94194,94198,100344,100351,101631,101631,101641,101662,101760,101874,117760,118012,118016,118451,118458,118480,118496,118512,124368,124410,124415,124415,124608,124638,124640,124661,124670,124671,128728,128728,128887,128890,129202,129211,129216,129217,129232,129240,129620,129623,129673,129674,129678,129679,129726,129726,129734,129734,129736,129736,129741,129741,129756,129756,129759,129759,129769,129770,129775,129775,129995,130031,130042,130042,177978,177983,183970,183981,191472,192093,205744,210041];

const titleMap = new Map<number, string>(TITLE_EXCEPTIONS);
const foldMap = new Map<number, string>(CASEFOLD_EXCEPTIONS);

function inRanges(table: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < table[2 * mid]!) hi = mid - 1;
    else if (c > table[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Assigned only after Unicode 15.0: CPython 3.12 treats these as unassigned (Cn). */
function isNew(c: number): boolean {
  return c >= 0x0800 && inRanges(NEW_SINCE_15, c);
}

const RE_LETTER = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;
/** XID_Continue since Unicode 15.1, not in 15.0. */
const NOT_XID_CONTINUE_15 = new Set([0x200c, 0x200d, 0x30fb, 0xff65]);
const RE_NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function prop(re: RegExp, c: number): boolean {
  return !isNew(c) && re.test(String.fromCodePoint(c));
}

function isAlphaCp(c: number): boolean {
  if (c < 128) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return prop(RE_LETTER, c);
}
function isDecimalCp(c: number): boolean {
  if (c < 128) return c >= 0x30 && c <= 0x39;
  return prop(RE_DECIMAL, c);
}
function isDigitCp(c: number): boolean {
  return isDecimalCp(c) || (c >= 0xb2 && inRanges(DIGIT_RANGES, c));
}
function isNumericCp(c: number): boolean {
  return isDigitCp(c) || (c >= 0xbc && inRanges(NUMERIC_RANGES, c));
}
function isUpperCp(c: number): boolean {
  if (c < 128) return c >= 0x41 && c <= 0x5a;
  return prop(RE_UPPER, c);
}
function isLowerCp(c: number): boolean {
  if (c < 128) return c >= 0x61 && c <= 0x7a;
  return c === 0x295 || prop(RE_LOWER, c); // U+0295 stopped being Lowercase in Unicode 16
}
function isTitleCp(c: number): boolean {
  return c >= 0x1c5 && prop(RE_TITLE, c);
}
function isCasedCp(c: number): boolean {
  if (c < 128) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c === 0x295 || prop(RE_CASED, c);
}
function isCaseIgnorableCp(c: number): boolean {
  return prop(RE_CASE_IGNORABLE, c);
}
function isPrintableCp(c: number): boolean {
  if (c < 128) return c >= 0x20 && c < 0x7f;
  return !isNew(c) && !RE_NON_PRINTABLE.test(String.fromCodePoint(c));
}

/** A host case mapping, unless it involves a character Unicode 15.0 does not have. */
function hostMapping(ch: string, mapped: string): string {
  if (mapped === ch) return ch;
  if (isNew(ch.codePointAt(0)!)) return ch;
  for (let i = 0; i < mapped.length; i++) {
    const m = mapped.codePointAt(i)!;
    if (isNew(m)) return ch;
    if (m > 0xffff) i++;
  }
  return mapped;
}

function isXidContinue(c: number): boolean {
  return !NOT_XID_CONTINUE_15.has(c) && prop(RE_XID_CONTINUE, c);
}

function upperFull(c: number): string {
  if (c < 128) return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : String.fromCharCode(c);
  const ch = String.fromCodePoint(c);
  return hostMapping(ch, ch.toUpperCase());
}
function lowerFull(c: number): string {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  const ch = String.fromCodePoint(c);
  return hostMapping(ch, ch.toLowerCase());
}
function titleFull(c: number): string {
  return titleMap.get(c) ?? upperFull(c);
}
function foldFull(c: number): string {
  return foldMap.get(c) ?? lowerFull(c);
}

/** handle_capital_sigma: final form when preceded by a cased letter and not followed by one. */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i]!;
  if (c !== 0x3a3) return lowerFull(c);
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j]!)) j--;
  const finalSigma = j >= 0 && isCasedCp(cps[j]!);
  if (!finalSigma) return "\u03c3";
  j = i + 1;
  while (j < cps.length && isCaseIgnorableCp(cps[j]!)) j++;
  return j === cps.length || !isCasedCp(cps[j]!) ? "\u03c2" : "\u03c3";
}

/** String.fromCodePoint over cps[from:to], in chunks (no huge argument lists). */
function fromCodePoints(cps: number[], from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i += 8192) out += String.fromCodePoint(...cps.slice(i, Math.min(to, i + 8192)));
  return out;
}

function cpArray(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** Whether a string holds a code point the host knows but Unicode 15.0 does not. */
function hasNew(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0800) {
      const cp = s.codePointAt(i)!;
      if (isNew(cp)) return true;
      if (cp > 0xffff) i++;
    }
  }
  return false;
}

function strUpper(o: PyObject): string {
  const s = text(o);
  if (strKind(o) !== KIND_ASCII && hasNew(s)) return cpArray(s).map(upperFull).join("");
  return s.toUpperCase();
}

function strLower(o: PyObject): string {
  const s = text(o);
  if (strKind(o) !== KIND_ASCII && hasNew(s)) {
    const cps = cpArray(s);
    return cps.map((_, i) => lowerAt(cps, i)).join("");
  }
  return s.toLowerCase();
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** title/capitalize/swapcase of an ASCII string (no context rules apply). */
function asciiCase(s: string, mode: "title" | "capitalize" | "swapcase"): string {
  const out = new Array<string>(s.length);
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d = c;
    if (mode === "swapcase") d = c >= 0x41 && c <= 0x5a ? c + 32 : c >= 0x61 && c <= 0x7a ? c - 32 : c;
    else {
      const upper = mode === "title" ? !prevCased : i === 0;
      if (upper) d = c >= 0x61 && c <= 0x7a ? c - 32 : c;
      else d = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      prevCased = isAsciiLetter(c);
    }
    out[i] = String.fromCharCode(d);
  }
  return out.join("");
}

function isAsciiString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function strTitle(s: string): string {
  if (isAsciiString(s)) return asciiCase(s, "title");
  const cps = cpArray(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += prevCased ? lowerAt(cps, i) : titleFull(c);
    prevCased = isCasedCp(c);
  }
  return out;
}

function strCapitalize(s: string): string {
  if (isAsciiString(s)) return asciiCase(s, "capitalize");
  const cps = cpArray(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += i === 0 ? titleFull(cps[0]!) : lowerAt(cps, i);
  return out;
}

function strSwapcase(s: string): string {
  if (isAsciiString(s)) return asciiCase(s, "swapcase");
  const cps = cpArray(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (isUpperCp(c)) out += lowerAt(cps, i);
    else if (isLowerCp(c)) out += upperFull(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

function strCasefold(s: string): string {
  if (isAsciiString(s)) return s.toLowerCase();
  let out = "";
  for (const c of cpArray(s)) out += foldFull(c);
  return out;
}

// ---------------------------------------------------------------- slots

/** Compare in code-point order (JS compares UTF-16 code units: fix up surrogates). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca !== cb) {
      if (ca >= 0xd800 && cb >= 0xd800) {
        const pairA = ca < 0xdc00 && i + 1 < a.length && (a.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        const pairB = cb < 0xdc00 && i + 1 < b.length && (b.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        // the differing unit starts a code point in both strings (the prefixes are equal)
        if (pairA) ca = a.codePointAt(i)!;
        if (pairB) cb = b.codePointAt(i)!;
      }
      return ca < cb ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function strRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isStr(a) || !isStr(b)) return incref(NotImplemented);
  const x = text(a);
  const y = text(b);
  switch (op) {
    case CompareOp.EQ: return pyBool(x === y);
    case CompareOp.NE: return pyBool(x !== y);
    case CompareOp.LT: return pyBool(compareStrings(x, y) < 0);
    case CompareOp.LE: return pyBool(compareStrings(x, y) <= 0);
    case CompareOp.GT: return pyBool(compareStrings(x, y) > 0);
    default: return pyBool(compareStrings(x, y) >= 0);
  }
}

/** PyUnicode_Concat */
export function strConcat(a: PyObject, b: PyObject): PyObject {
  if (!isStr(a)) raise(TypeError, `can only concatenate str (not "${typeName(a)}") to str`);
  if (!isStr(b)) raise(TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
  const x = text(a);
  const y = text(b);
  if (x === "") return unchanged(b);
  if (y === "") return unchanged(a);
  if (strLength(a) > SSIZE_MAX - strLength(b)) raise(OverflowError, "strings are too large to concat");
  checkLength(x.length + y.length);
  // both parts are non-empty, so the result is never a cached one-character singleton
  return newStrWithMeta(x + y, concatMeta(a.w as number, b.w as number));
}

/**
 * PyUnicode_Append for the VM's `s += t` / `s = s + t` on a local (CPython's
 * BINARY_OP_INPLACE_ADD_UNICODE): takes over the reference to `left`, borrows
 * `right`, returns the result (a new reference). When `left` is modifiable (only
 * reference, exact str, hash not computed, not interned) and `right` fits its kind
 * (and does not turn ASCII into non-ASCII), the block is resized in place, so the
 * object — and its id() — stays the same, as in CPython.
 */
export function strAppend(left: PyObject, right: PyObject): PyObject {
  if (!isStr(right)) {
    decref(left);
    raise(TypeError, `can only concatenate str (not "${typeName(right)}") to str`);
  }
  if (left === EmptyStr) return unchanged(right);
  const r = text(right);
  if (r === "") return left;
  const newLen = strLength(left) + strLength(right);
  if (newLen > MAX_LENGTH) {
    decref(left);
    raiseEmpty(MemoryError);
  }
  const kl = strKind(left);
  const kr = strKind(right);
  const modifiable = left.rc === 1 && left.type === StrType && left.weakrefs === null && !isInterned(left) &&
    right.type === StrType && kind1Fits(kl, kr) && !(kl === KIND_ASCII && kr !== KIND_ASCII);
  const joined = text(left) + r;
  if (modifiable) {
    const meta = newLen * 8 + kl;
    left.addr = reallocBuffer(left.addr, strAllocSize(meta));
    left.v = joined;
    left.w = meta;
    return left;
  }
  // the new string exists before the old one is released, as in CPython
  const result = makeStr(joined);
  decref(left);
  return result;
}

/** PyUnicode_KIND(right) <= PyUnicode_KIND(left), with ASCII and latin-1 both 1-byte kinds. */
function kind1Fits(kl: number, kr: number): boolean {
  const size = (k: number): number => (k === KIND_ASCII ? 1 : k);
  return size(kr) <= size(kl);
}

/** sq_repeat: count already converted (negative counts give ''). */
export function strRepeat(o: PyObject, count: number): PyObject {
  const s = text(o);
  if (count < 1) return EmptyStr;
  if (count === 1) return unchanged(o);
  if (s === "") return EmptyStr;
  const n = strLength(o);
  if (n > SSIZE_MAX / count) raise(OverflowError, "repeated string is too long");
  checkLength(s.length * count);
  return newStrWithMeta(s.repeat(count), n * count * 8 + strKind(o));
}

function strContains(o: PyObject, item: PyObject): boolean {
  if (!isStr(item)) raise(TypeError, `'in <string>' requires string as left operand, not ${typeName(item)}`);
  return text(o).includes(text(item));
}

/** unicode_subscript */
export function strGetItem(o: PyObject, key: PyObject): PyObject {
  const len = strLength(o);
  const s = text(o);
  if (hasIndex(key)) {
    let i = asIndexForSubscript(key);
    if (i < 0) i += len;
    if (i < 0 || i >= len) raise(IndexError, "string index out of range");
    if (!wide(o)) return newStr(s[i]!);
    return newStr(codePoints(s)[i]!);
  }
  if (key.type === SliceType) {
    const { start, step, length } = sliceIndices(key, len);
    if (length <= 0) return EmptyStr;
    if (start === 0 && step === 1 && length === len) return unchanged(o);
    if (step === 1) return newStr(cpSlice(o, start, start + length));
    const chars = wide(o) ? codePoints(s) : null;
    let out = "";
    for (let i = 0, j = start; i < length; i++, j += step) out += chars ? chars[j]! : s[j]!;
    return freshStr(out);
  }
  raise(TypeError, `string indices must be integers, not '${typeName(key)}'`);
}

/** unicode__format__ (format(s, spec)): '' and plain specs give the string itself. */
function strFormatSlot(o: PyObject, spec: PyObject): PyObject {
  if (!isStr(spec)) raise(TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  const sp = text(spec);
  if (sp === "") return unchanged(o);
  const out = fmt(() => formatStr(text(o), sp));
  if (out === text(o) && o.type === StrType) {
    // format_string_internal writes the value itself when no width/precision applies
    return incref(o);
  }
  return newStr(out);
}

// ---- iterators: str_ascii_iterator (StrIterType) and str_iterator

export const StrUnicodeIterType = makeStaticType("str_iterator", 32, 0, TPFLAGS_HAVE_GC);

function strIter(o: PyObject): PyObject {
  const type = strKind(o) === KIND_ASCII ? StrIterType : StrUnicodeIterType;
  const it = allocObject(type, 48, incref(o), 0);
  gcTrack(it);
  return it;
}

function strIterNext(it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null;
  if (seq === null) return null;
  const s = text(seq);
  const i = it.w as number;
  if (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      it.w = i + 2;
      return newStr(s.slice(i, i + 2));
    }
    it.w = i + 1;
    return newStr(s[i]!);
  }
  it.v = null;
  decref(seq);
  return null;
}

function strIterDealloc(it: PyObject): void {
  gcUntrack(it);
  const seq = it.v as PyObject | null;
  it.v = null;
  if (seq !== null) decref(seq);
  freeObject(it);
}

function strIterLengthHint(it: PyObject): PyObject {
  const seq = it.v as PyObject | null;
  if (seq === null) return newInt(0);
  const s = text(seq);
  const i = it.w as number;
  return newInt(wide(seq) ? cuToCp(s, s.length) - cuToCp(s, i) : s.length - i);
}

for (const t of [StrIterType, StrUnicodeIterType]) {
  const d = typeData(t);
  d.dealloc = strIterDealloc;
  d.traverse = (it, visit) => {
    if (it.v !== null) visit(it.v as PyObject);
  };
  d.iter = (it) => incref(it);
  d.iternext = strIterNext;
  d.sizeof = () => 32;
  d.methodDefs = { __length_hint__: { kind: "noargs", fn: strIterLengthHint } };
}

// ---------------------------------------------------------------- argument parsing

/** _PyArg_CheckPositional */
function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    raise(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n > max) {
    raise(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

/**
 * _PyArg_UnpackKeywords for positional-or-keyword parameters: returns one slot per
 * parameter (undefined when not given).
 */
function unpackKeywords(
  fname: string, args: PyObject[], kwnames: string[] | null, names: readonly string[], min: number,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const max = names.length;
  if (npos > max) {
    raise(TypeError, `${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(max).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const idx = names.indexOf(name);
    if (idx < 0) raise(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (idx < npos) raise(TypeError, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === undefined) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** _PyArg_BadArgument names None "None" rather than "NoneType". */
function argTypeName(o: PyObject): string {
  return o === None ? "None" : typeName(o);
}

/** A str argument checked by an Argument Clinic converter. */
function strArg(o: PyObject, what: string): string {
  if (!isStr(o)) raise(TypeError, `${what}, not ${argTypeName(o)}`);
  return text(o);
}

/** A str argument checked by PyUnicode_FromObject-style code ("must be str, not NoneType"). */
function strArgPlain(o: PyObject, what: string): string {
  if (!isStr(o)) raise(TypeError, `${what}, not ${typeName(o)}`);
  return text(o);
}

// ---------------------------------------------------------------- split / join

type Piece = string | null; // null: the whole receiver

function listOfPieces(self: PyObject, pieces: Piece[]): PyObject {
  const items = pieces.map((p) => (p === null ? unchanged(self) : newStr(p)));
  return newList(items);
}

/**
 * The list split() and rsplit() return, sized as stringlib's split does: PyList_New of
 * PREALLOC_SIZE(maxcount) slots (maxcount + 1, at most 12), then PyList_Append for
 * pieces past the 12th. A receiver shorter than the separator gives PyList_New(1).
 */
function splitList(self: PyObject, pieces: Piece[], maxcount: number): PyObject {
  const items = pieces.map((p) => (p === null ? unchanged(self) : newStr(p)));
  return newListPreallocated(items, maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1);
}
const MAX_PREALLOC = 12;

/** split's early return: a receiver of a narrower kind or shorter than the separator is the only piece. */
function shorterOrNarrower(self: PyObject, sep: PyObject): boolean {
  return strKind(self) < strKind(sep) || strLength(self) < strLength(sep);
}

/**
 * unicodeobject.c split/rsplit bound an unlimited maxcount by what the length allows:
 * (len - 1) / 2 + 1 pieces between whitespace, len / len(sep) + 1 around a separator.
 */
function boundedMaxcount(self: PyObject, sep: PyObject | null, maxcount: number): number {
  if (maxcount !== SSIZE_MAX) return maxcount;
  const len = strLength(self);
  if (sep === null) return Math.trunc((len - 1) / 2) + 1;
  return Math.floor(len / strLength(sep)) + 1;
}

function maxsplitArg(o: PyObject | undefined): number {
  if (o === undefined) return SSIZE_MAX;
  const n = asSsize(o);
  return n < 0 ? SSIZE_MAX : n;
}

function sepArg(o: PyObject | undefined): PyObject | null {
  if (o === undefined || o === None) return null;
  if (!isStr(o)) raise(TypeError, `must be str or None, not ${typeName(o)}`);
  if (text(o) === "") raise(ValueError, "empty separator");
  return o;
}

function splitWhitespace(self: PyObject, maxcount: number): Piece[] {
  const s = text(self);
  const n = s.length;
  const out: Piece[] = [];
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    if (j === 0 && i === n && self.type === StrType) {
      out.push(null);
      break;
    }
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function rsplitWhitespace(self: PyObject, maxcount: number): Piece[] {
  const s = text(self);
  const n = s.length;
  const out: Piece[] = [];
  let i = n - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    if (j === n - 1 && i < 0 && self.type === StrType) {
      out.push(null);
      break;
    }
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

function splitSep(self: PyObject, sep: string, maxcount: number): Piece[] {
  const s = text(self);
  const out: Piece[] = [];
  let i = 0;
  while (maxcount-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  if (out.length === 0 && self.type === StrType) return [null];
  out.push(s.slice(i));
  return out;
}

function rsplitSep(self: PyObject, sep: string, maxcount: number): Piece[] {
  const s = text(self);
  const out: Piece[] = [];
  let j = s.length;
  while (maxcount-- > 0) {
    if (j - sep.length < 0) break;
    const k = s.lastIndexOf(sep, j - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, j));
    j = k;
  }
  if (out.length === 0 && self.type === StrType) return [null];
  out.push(s.slice(0, j));
  return out.reverse();
}

const SPLIT_NAMES = ["sep", "maxsplit"] as const;

function strSplit(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sepO, maxO] = unpackKeywords("split", args, kwnames, SPLIT_NAMES, 0);
  const sep = sepArg(sepO);
  const maxcount = maxsplitArg(maxO);
  if (sep !== null && shorterOrNarrower(self, sep)) return newList([incref(self)]);
  const pieces = sep === null ? splitWhitespace(self, maxcount) : splitSep(self, text(sep), maxcount);
  return splitList(self, pieces, boundedMaxcount(self, sep, maxcount));
}

function strRsplit(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sepO, maxO] = unpackKeywords("rsplit", args, kwnames, SPLIT_NAMES, 0);
  const sep = sepArg(sepO);
  const maxcount = maxsplitArg(maxO);
  if (sep !== null && shorterOrNarrower(self, sep)) return newList([incref(self)]);
  const pieces = sep === null ? rsplitWhitespace(self, maxcount) : rsplitSep(self, text(sep), maxcount);
  return splitList(self, pieces, boundedMaxcount(self, sep, maxcount));
}

function strSplitlines(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [keepO] = unpackKeywords("splitlines", args, kwnames, ["keepends"], 0);
  const keepends = keepO === undefined ? false : abstract.isTrue(keepO);
  const s = text(self);
  const n = s.length;
  const out: Piece[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    if (j === 0 && eol === n && self.type === StrType) {
      out.push(null);
      break;
    }
    out.push(s.slice(j, eol));
    j = i;
  }
  return listOfPieces(self, out);
}

/** PyUnicode_Join */
export function strJoin(sep: PyObject, iterable: PyObject): PyObject {
  const seq = sequenceFast(iterable, "can only join an iterable");
  try {
    const items = seq.v as PyObject[];
    if (items.length === 0) return EmptyStr;
    if (items.length === 1 && items[0]!.type === StrType) return incref(items[0]!);
    const parts: string[] = [];
    let total = 0;
    let meta = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (!isStr(item)) raise(TypeError, `sequence item ${i}: expected str instance, ${typeName(item)} found`);
      parts.push(text(item));
      total += (text(item) as string).length;
      meta = i === 0 ? (item.w as number) : concatMeta(concatMeta(meta, sep.w as number), item.w as number);
    }
    const s = text(sep);
    checkLength(total + s.length * (items.length - 1));
    const joined = parts.join(s);
    return joined === "" ? EmptyStr : newStrWithMeta(joined, meta);
  } finally {
    decref(seq);
  }
}

// ---------------------------------------------------------------- strip

function stripImpl(self: PyObject, args: PyObject[], name: string, left: boolean, right: boolean): PyObject {
  checkPositional(name, args.length, 0, 1);
  const charsO = args[0];
  const s = text(self);
  let isStripped: (c: number) => boolean;
  if (charsO === undefined || charsO === None) isStripped = isSpace;
  else {
    if (!isStr(charsO)) raise(TypeError, `${name} arg must be None or str`);
    const set = new Set(cpArray(text(charsO)));
    isStripped = (c) => set.has(c);
  }
  if (!wide(self)) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && isStripped(s.charCodeAt(i))) i++;
    if (right) while (j > i && isStripped(s.charCodeAt(j - 1))) j--;
    if (i === 0 && j === s.length) return unchanged(self);
    return newStr(s.slice(i, j));
  }
  const cps = cpArray(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && isStripped(cps[i]!)) i++;
  if (right) while (j > i && isStripped(cps[j - 1]!)) j--;
  if (i === 0 && j === cps.length) return unchanged(self);
  return newStr(fromCodePoints(cps, i, j));
}

// ---------------------------------------------------------------- replace

function strReplace(self: PyObject, args: PyObject[]): PyObject {
  checkPositional("replace", args.length, 2, 3);
  const oldO = args[0]!;
  const newO = args[1]!;
  if (!isStr(oldO)) raise(TypeError, `replace() argument 1 must be str, not ${argTypeName(oldO)}`);
  if (!isStr(newO)) raise(TypeError, `replace() argument 2 must be str, not ${argTypeName(newO)}`);
  let count = args[2] === undefined ? -1 : asSsize(args[2]);
  if (count < 0) count = SSIZE_MAX;
  const s = text(self);
  const o = text(oldO);
  const n = text(newO);
  if (count === 0 || oldO === newO) return unchanged(self);
  if (o === "") {
    // insert `new` before every character and at the end, `count` times at most
    const chars = wide(self) ? codePoints(s) : s.split("");
    if (n === "") return unchanged(self);
    let out = "";
    let done = 0;
    for (const ch of chars) {
      if (done < count) {
        out += n;
        done++;
      }
      out += ch;
    }
    if (done < count) out += n;
    return freshStr(out);
  }
  let i = 0;
  let out = "";
  let found = 0;
  while (found < count) {
    const j = s.indexOf(o, i);
    if (j < 0) break;
    out += s.slice(i, j) + n;
    i = j + o.length;
    found++;
    if (out.length > MAX_LENGTH) raiseEmpty(MemoryError);
  }
  if (found === 0) return unchanged(self);
  out += s.slice(i);
  return freshStr(out);
}

// ---------------------------------------------------------------- find / count / startswith

/** parse_args_finds_unicode: (sub[, start[, end]]) */
function findArgs(name: string, self: PyObject, args: PyObject[]): { sub: PyObject; start: number; end: number } {
  if (args.length < 1) raise(TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise(TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const sub = args[0]!;
  if (!isStr(sub)) raise(TypeError, `must be str, not ${typeName(sub)}`);
  const start = sliceIndex(args[1]) ?? 0;
  const end = sliceIndex(args[2]) ?? SSIZE_MAX;
  const [s, e] = adjustIndices(start, end, strLength(self));
  return { sub, start: s, end: e };
}

/** Code-point index of the first (dir > 0) or last occurrence of sub in self[start:end], or -1. */
function findIn(self: PyObject, sub: PyObject, start: number, end: number, dir: number): number {
  const sublen = strLength(sub);
  if (end - start < sublen) return -1;
  const s = text(self);
  const t = text(sub);
  if (!wide(self)) {
    if (dir > 0) {
      const i = s.indexOf(t, start);
      return i >= 0 && i + t.length <= end ? i : -1;
    }
    const i = s.lastIndexOf(t, end - t.length);
    return i >= start ? i : -1;
  }
  const cs = cpToCu(s, start);
  const ce = cpToCu(s, end);
  let i: number;
  if (dir > 0) {
    i = s.indexOf(t, cs);
    if (i < 0 || i + t.length > ce) return -1;
  } else {
    i = s.lastIndexOf(t, ce - t.length);
    if (i < cs) return -1;
  }
  return cuToCp(s, i);
}

function strFind(self: PyObject, args: PyObject[]): PyObject {
  const { sub, start, end } = findArgs("find", self, args);
  return newInt(findIn(self, sub, start, end, 1));
}

function strRfind(self: PyObject, args: PyObject[]): PyObject {
  const { sub, start, end } = findArgs("rfind", self, args);
  return newInt(findIn(self, sub, start, end, -1));
}

function strIndex(self: PyObject, args: PyObject[]): PyObject {
  const { sub, start, end } = findArgs("index", self, args);
  const i = findIn(self, sub, start, end, 1);
  if (i < 0) raise(ValueError, "substring not found");
  return newInt(i);
}

function strRindex(self: PyObject, args: PyObject[]): PyObject {
  const { sub, start, end } = findArgs("rindex", self, args);
  const i = findIn(self, sub, start, end, -1);
  if (i < 0) raise(ValueError, "substring not found");
  return newInt(i);
}

function strCount(self: PyObject, args: PyObject[]): PyObject {
  const { sub, start, end } = findArgs("count", self, args);
  const sublen = strLength(sub);
  if (end - start < sublen) return newInt(0);
  if (sublen === 0) return newInt(end - start + 1);
  const s = text(self);
  const t = text(sub);
  const cs = wide(self) ? cpToCu(s, start) : start;
  const ce = wide(self) ? cpToCu(s, end) : end;
  let count = 0;
  for (let i = s.indexOf(t, cs); i >= 0 && i + t.length <= ce; i = s.indexOf(t, i + t.length)) count++;
  return newInt(count);
}

/** tailmatch: does self[start:end] start (dir < 0) or end (dir > 0) with sub? */
function tailmatch(self: PyObject, sub: PyObject, start: number, end: number, dir: number): boolean {
  const sublen = strLength(sub);
  [start, end] = adjustIndices(start, end, strLength(self));
  end -= sublen;
  if (end < start) return false;
  if (sublen === 0) return true;
  const from = dir < 0 ? start : end;
  return cpSlice(self, from, from + sublen) === text(sub);
}

function startsEndsWith(self: PyObject, args: PyObject[], name: string, dir: number): PyObject {
  if (args.length < 1) raise(TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise(TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const sub = args[0]!;
  const start = sliceIndex(args[1]) ?? 0;
  const end = sliceIndex(args[2]) ?? SSIZE_MAX;
  if (sub.type === TupleType || isSubtype(sub.type, TupleType)) {
    for (const item of sub.v as PyObject[]) {
      if (!isStr(item)) raise(TypeError, `tuple for ${name} must only contain str, not ${typeName(item)}`);
      if (tailmatch(self, item, start, end, dir)) return True;
    }
    return False;
  }
  if (!isStr(sub)) raise(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(sub)}`);
  return pyBool(tailmatch(self, sub, start, end, dir));
}

// ---------------------------------------------------------------- case and predicates

function caseMethod(fn: (o: PyObject) => string): (self: PyObject) => PyObject {
  return (self) => freshStr(fn(self));
}

/** Predicate over code points: `empty` is the answer for ''. */
function predicate(test: (c: number) => boolean, empty = false): (self: PyObject) => PyObject {
  return (self) => {
    const s = text(self);
    if (s.length === 0) return pyBool(empty);
    for (let i = 0; i < s.length; i++) {
      const c = s.codePointAt(i)!;
      if (!test(c)) return False;
      if (c > 0xffff) i++;
    }
    return True;
  };
}

function strIsupper(self: PyObject): PyObject {
  let cased = false;
  for (const c of cpArray(text(self))) {
    if (isLowerCp(c) || isTitleCp(c)) return False;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return pyBool(cased);
}

function strIslower(self: PyObject): PyObject {
  let cased = false;
  for (const c of cpArray(text(self))) {
    if (isUpperCp(c) || isTitleCp(c)) return False;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return pyBool(cased);
}

function strIstitle(self: PyObject): PyObject {
  let cased = false;
  let prevCased = false;
  for (const c of cpArray(text(self))) {
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prevCased) return False;
      prevCased = cased = true;
    } else if (isLowerCp(c)) {
      if (!prevCased) return False;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return pyBool(cased);
}

function strIsidentifier(self: PyObject): PyObject {
  const cps = cpArray(text(self));
  if (cps.length === 0) return False;
  const first = cps[0]!;
  if (!(first === 0x5f || prop(RE_XID_START, first))) return False;
  for (let i = 1; i < cps.length; i++) if (!isXidContinue(cps[i]!)) return False;
  return True;
}

// ---------------------------------------------------------------- padding

/** convert_uc: the fill character argument of center/ljust/rjust. */
function fillArg(o: PyObject | undefined): string {
  if (o === undefined) return " ";
  if (!isStr(o)) raise(TypeError, `The fill character must be a unicode character, not ${typeName(o)}`);
  if (strLength(o) !== 1) raise(TypeError, "The fill character must be exactly one character long");
  return text(o);
}

function pad(self: PyObject, left: number, right: number, fill: string): PyObject {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return unchanged(self);
  checkLength(left + right + text(self).length);
  return freshStr(fill.repeat(left) + text(self) + fill.repeat(right));
}

function padMethod(name: string, split: (marg: number, width: number) => number) {
  return (self: PyObject, args: PyObject[]): PyObject => {
    checkPositional(name, args.length, 1, 2);
    const width = asSsize(args[0]!);
    const fill = fillArg(args[1]);
    const len = strLength(self);
    if (len >= width) return unchanged(self);
    const marg = width - len;
    const left = split(marg, width);
    return pad(self, left, marg - left, fill);
  };
}

function strZfill(self: PyObject, widthO: PyObject): PyObject {
  const width = asSsize(widthO);
  const len = strLength(self);
  if (len >= width) return unchanged(self);
  const fill = width - len;
  checkLength(width);
  const s = text(self);
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return freshStr(s[0]! + "0".repeat(fill) + s.slice(1));
  return freshStr("0".repeat(fill) + s);
}

function strExpandtabs(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [tabO] = unpackKeywords("expandtabs", args, kwnames, ["tabsize"], 0);
  const tabsize = tabO === undefined ? 8 : asIntC(tabO);
  const s = text(self);
  if (!s.includes("\t")) return unchanged(self);
  let out = "";
  let col = 0;
  for (const ch of wide(self) ? codePoints(s) : s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        checkLength(out.length + incr);
        out += " ".repeat(incr);
      }
    } else {
      col++;
      out += ch;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return makeStr(out);
}

/** _PyLong_AsInt for `int` clinic parameters. */
function asIntC(o: PyObject): number {
  if (isFloat(o)) raise(TypeError, "'float' object cannot be interpreted as an integer");
  const v = indexValue(o);
  if (v === null) raise(TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    raise(OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

// ---------------------------------------------------------------- partition, prefixes

function strPartition(self: PyObject, sepO: PyObject): PyObject {
  const sep = strArgPlain(sepO, "must be str");
  if (sep === "") raise(ValueError, "empty separator");
  const s = text(self);
  const i = s.indexOf(sep);
  if (i < 0) return newTuple([unchanged(self), EmptyStr, EmptyStr]);
  return newTuple([newStr(s.slice(0, i)), incref(sepO), newStr(s.slice(i + sep.length))]);
}

function strRpartition(self: PyObject, sepO: PyObject): PyObject {
  const sep = strArgPlain(sepO, "must be str");
  if (sep === "") raise(ValueError, "empty separator");
  const s = text(self);
  const i = s.lastIndexOf(sep);
  if (i < 0) return newTuple([EmptyStr, EmptyStr, unchanged(self)]);
  return newTuple([newStr(s.slice(0, i)), incref(sepO), newStr(s.slice(i + sep.length))]);
}

function strRemoveprefix(self: PyObject, prefixO: PyObject): PyObject {
  const prefix = strArg(prefixO, "removeprefix() argument must be str");
  const s = text(self);
  if (prefix !== "" && s.startsWith(prefix)) return newStr(s.slice(prefix.length));
  return unchanged(self);
}

function strRemovesuffix(self: PyObject, suffixO: PyObject): PyObject {
  const suffix = strArg(suffixO, "removesuffix() argument must be str");
  const s = text(self);
  if (suffix !== "" && s.endsWith(suffix)) return newStr(s.slice(0, s.length - suffix.length));
  return unchanged(self);
}

// ---------------------------------------------------------------- encode, translate

function strEncode(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [encO, errO] = unpackKeywords("encode", args, kwnames, ["encoding", "errors"], 0);
  const encoding = encO === undefined ? "utf-8" : strArg(encO, "encode() argument 'encoding' must be str");
  const errors = errO === undefined ? "strict" : strArg(errO, "encode() argument 'errors' must be str");
  return newBytes(encodeText(text(self), encoding, errors));
}

/** str.translate(table): table[ord(c)] is a str, an int code point, None (delete), or missing. */
function strTranslate(self: PyObject, table: PyObject): PyObject {
  let out = "";
  const cache = new Map<number, string | null>();
  for (const c of cpArray(text(self))) {
    let mapped = cache.get(c);
    if (mapped === undefined) {
      mapped = translateOne(table, c);
      cache.set(c, mapped);
    }
    out += mapped === null ? String.fromCodePoint(c) : mapped;
  }
  return makeStr(out);
}

/** The replacement of one code point (null: unchanged). */
function translateOne(table: PyObject, c: number): string | null {
  const key = newInt(c);
  let r: PyObject;
  try {
    r = abstract.getItem(table, key);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, LookupError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  } finally {
    decref(key);
  }
  try {
    if (r === None) return "";
    if (isInt(r)) {
      const v = intVal(r);
      if (v < 0 || v > 0x10ffff) raise(ValueError, "character mapping must be in range(0x110000)");
      return String.fromCodePoint(Number(v));
    }
    if (isStr(r)) return text(r);
    raise(TypeError, "character mapping must return integer, None or str");
  } finally {
    decref(r);
  }
}

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
function strMaketrans(_self: PyObject, args: PyObject[]): PyObject {
  checkPositional("maketrans", args.length, 1, 3);
  const x = args[0]!;
  const y = args[1];
  const z = args[2];
  if (y !== undefined && !isStr(y)) raise(TypeError, `maketrans() argument 2 must be str, not ${argTypeName(y)}`);
  if (z !== undefined && !isStr(z)) raise(TypeError, `maketrans() argument 3 must be str, not ${argTypeName(z)}`);
  const out = newDict();
  try {
    const put = (key: PyObject, value: PyObject): void => {
      try {
        dictSetItem(out, key, value);
      } finally {
        decref(key);
      }
    };
    if (y === undefined) {
      if (!isDict(x)) raise(TypeError, "if you give only one argument to maketrans it must be a dict");
      for (let i = dictNext(x, 0); i >= 0; i = dictNext(x, i + 1)) {
        const k = dictKeyAt(x, i);
        const v = dictValueAt(x, i);
        if (isStr(k)) {
          if (strLength(k) !== 1) raise(ValueError, "string keys in translate table must be of length 1");
          put(newInt(text(k).codePointAt(0)!), v);
        } else if (isInt(k)) {
          put(incref(k), v);
        } else raise(TypeError, "keys in translate table must be strings or integers");
      }
    } else {
      if (!isStr(x)) raise(TypeError, "first maketrans argument must be a string if there is a second argument");
      const xs = cpArray(text(x));
      const ys = cpArray(text(y));
      if (xs.length !== ys.length) raise(ValueError, "the first two maketrans arguments must have equal length");
      for (let i = 0; i < xs.length; i++) {
        const v = newInt(ys[i]!);
        try {
          put(newInt(xs[i]!), v);
        } finally {
          decref(v);
        }
      }
      if (z !== undefined) for (const c of cpArray(text(z))) put(newInt(c), None);
    }
    return out;
  } catch (e) {
    decref(out);
    throw e;
  }
}

// ---------------------------------------------------------------- output writer

/**
 * _PyUnicodeWriter as str.format and % use it: when the whole result is one str
 * written last into an empty writer, that object itself is the result.
 */
class Writer {
  private parts: string[] = [];
  private writes = 0;
  /** the object to return as the whole result (a reference the writer holds) */
  private sole: PyObject | null = null;

  private dropSole(): void {
    if (this.sole !== null) {
      decref(this.sole);
      this.sole = null;
    }
  }

  text(s: string): void {
    if (s === "") return;
    this.parts.push(s);
    this.writes++;
    this.dropSole();
  }

  /** Write a str object; `last`: nothing follows (the writer stops over-allocating). */
  obj(o: PyObject, last: boolean): void {
    const s = text(o);
    if (s === "") return;
    this.parts.push(s);
    this.writes++;
    this.dropSole();
    if (last && this.writes === 1 && o.type === StrType) this.sole = incref(o);
  }

  finish(): PyObject {
    if (this.sole !== null) {
      const r = this.sole;
      this.sole = null;
      return r;
    }
    return makeStr(this.parts.join(""));
  }

  /** Release what the writer holds (error paths). */
  abort(): void {
    this.dropSole();
  }
}

/** PyObject_ASCII's escaping of a repr. */
export function asciiEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** PyObject_ASCII */
export function asciiOf(o: PyObject): PyObject {
  const r = abstract.repr(o);
  const s = text(r);
  if (strKind(r) === KIND_ASCII) return r;
  decref(r);
  return newStr(asciiEscape(s));
}

/** Py_UNICODE_TODECIMAL */
function decimalDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x80 || !isDecimalCp(c)) return -1;
  let start = c;
  while (isDecimalCp(start - 1)) start--;
  return (c - start) % 10;
}

// ---------------------------------------------------------------- str.format

interface FormatSource {
  /** positional arguments, or null for format_map */
  args: PyObject[] | null;
  /** keyword lookup (a new reference), or null when there are none */
  kw: ((key: PyObject) => PyObject) | null;
}

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

/** get_integer: -1 when not all decimal digits (or empty). */
function fieldInteger(s: string): number {
  if (s === "") return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = decimalDigit(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > 9223372036854775807n) raise(ValueError, "Too many decimal digits in format string");
  }
  return Number(acc);
}

function getFieldObject(name: string, src: FormatSource, auto: AutoNumber): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first === "";
  const numeric = empty || index !== -1;
  if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2) {
      if (empty) raise(ValueError, "cannot switch from manual field specification to automatic field numbering");
    } else if (!empty) {
      raise(ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
  }
  if (empty) index = auto.next++;
  let obj: PyObject;
  if (index === -1) {
    const key = newStr(first);
    try {
      if (src.kw === null) throw new PyRaise(excKey(key));
      obj = src.kw(key);
    } finally {
      decref(key);
    }
  } else {
    if (src.args === null) raise(ValueError, "Format string contains positional fields");
    const item = src.args[index];
    if (item === undefined) raise(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = incref(item);
  }
  try {
    while (i < name.length) {
      const c = name[i++]!;
      let part: string;
      let isAttr: boolean;
      if (c === ".") {
        isAttr = true;
        const start = i;
        while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
        part = name.slice(start, i);
      } else if (c === "[") {
        isAttr = false;
        const close = name.indexOf("]", i);
        if (close < 0) raise(ValueError, "Missing ']' in format string");
        part = name.slice(i, close);
        i = close + 1;
      } else {
        raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part === "") raise(ValueError, "Empty attribute in format string");
      let next: PyObject;
      if (isAttr) {
        const attr = newStr(part);
        try {
          next = abstract.getAttr(obj, attr);
        } finally {
          decref(attr);
        }
      } else {
        const idx = fieldInteger(part);
        const key = idx === -1 ? newStr(part) : newInt(idx);
        try {
          next = abstract.getItem(obj, key);
        } finally {
          decref(key);
        }
      }
      decref(obj);
      obj = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** KeyError(key) with the key object as its argument. */
function excKey(key: PyObject): PyObject {
  try {
    raise(KeyError, text(key));
  } catch (e) {
    return (e as PyRaise).exc;
  }
}

/** build_string: expand `fmt` (a str object when the whole of it may be returned). */
function buildString(fmt: string, fmtObj: PyObject | null, src: FormatSource, depth: number, auto: AutoNumber): PyObject {
  if (depth <= 0) raise(ValueError, "Max string recursion exceeded");
  const w = new Writer();
  try {
    return buildInto(w, fmt, fmtObj, src, depth, auto);
  } catch (e) {
    w.abort();
    throw e;
  }
}

function buildInto(w: Writer, fmt: string, fmtObj: PyObject | null, src: FormatSource, depth: number, auto: AutoNumber): PyObject {
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < n) {
      c = fmt[pos++]!;
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (c === "}" && (atEnd || fmt[pos] !== "}")) raise(ValueError, "Single '}' encountered in format string");
    if (atEnd && c === "{") raise(ValueError, "Single '{' encountered in format string");
    if (!atEnd) {
      if (c === fmt[pos]) {
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) {
      if (fmtObj !== null && start === 0 && len === n) w.obj(fmtObj, true);
      else w.text(fmt.slice(start, start + len));
    }
    if (!markup) continue;
    // parse_field
    const fieldStart = pos;
    c = "";
    while (pos < n) {
      c = fmt[pos++]!;
      if (c === "{") raise(ValueError, "unexpected '{' in field name");
      if (c === "[") {
        while (pos < n && fmt[pos] !== "]") pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const fieldName = fmt.slice(fieldStart, pos - 1);
    let conversion = -1;
    let spec = "";
    let expand = false;
    if (c === "!" || c === ":") {
      let done = false;
      if (c === "!") {
        if (pos >= n) raise(ValueError, "end of string while looking for conversion specifier");
        conversion = fmt.codePointAt(pos)!;
        pos += conversion > 0xffff ? 2 : 1;
        if (pos < n) {
          const c2 = fmt[pos++];
          if (c2 === "}") done = true;
          else if (c2 !== ":") raise(ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const d = fmt[pos++];
          if (d === "{") {
            expand = true;
            count++;
          } else if (d === "}") {
            if (--count === 0) {
              closed = true;
              break;
            }
          }
        }
        if (!closed) raise(ValueError, "unmatched '{' in format spec");
        spec = fmt.slice(specStart, pos - 1);
      }
    } else if (c !== "}") {
      raise(ValueError, "expected '}' before end of string");
    }
    renderField(w, fieldName, conversion, spec, expand, src, depth, auto, pos >= n);
  }
  return w.finish();
}

function renderField(
  w: Writer, fieldName: string, conversion: number, spec: string, expand: boolean,
  src: FormatSource, depth: number, auto: AutoNumber, last: boolean,
): void {
  let obj = getFieldObject(fieldName, src, auto);
  let specObj: PyObject | null = null;
  try {
    if (conversion !== -1) {
      let converted: PyObject;
      if (conversion === 0x72) converted = abstract.repr(obj);
      else if (conversion === 0x73) converted = abstract.str(obj);
      else if (conversion === 0x61) converted = asciiOf(obj);
      else if (conversion > 32 && conversion < 127) raise(ValueError, `Unknown conversion specifier ${String.fromCharCode(conversion)}`);
      else raise(ValueError, `Unknown conversion specifier \\x${conversion.toString(16)}`);
      decref(obj);
      obj = converted;
    }
    specObj = expand ? buildString(spec, null, src, depth - 1, auto) : newStr(spec);
    const result = obj.type === StrType && text(specObj) === "" ? incref(obj) : abstract.format(obj, specObj);
    try {
      if (!isStr(result)) raise(TypeError, `__format__ must return a str, not ${typeName(result)}`);
      w.obj(result, last);
    } finally {
      decref(result);
    }
  } finally {
    decref(obj);
    if (specObj !== null) decref(specObj);
  }
}

function strFormatMethod(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const positional = args.slice(0, args.length - nkw);
  let kw: FormatSource["kw"] = null;
  if (nkw > 0) {
    const map = new Map<string, PyObject>();
    kwnames!.forEach((k, i) => map.set(k, args[positional.length + i]!));
    kw = (key) => {
      const v = map.get(text(key));
      if (v === undefined) throw new PyRaise(excKey(key));
      return incref(v);
    };
  }
  return buildString(text(self), self, { args: positional, kw }, 2, { state: 0, next: 0 });
}

function strFormatMap(self: PyObject, mapping: PyObject): PyObject {
  return buildString(text(self), self, { args: null, kw: (key) => abstract.getItem(mapping, key) }, 2, { state: 0, next: 0 });
}

// ---------------------------------------------------------------- printf-style %

/** PyNumber_Check */
function isNumber(o: PyObject): boolean {
  const d = tp(o);
  return isInt(o) || isFloat(o) || d.index !== null || d.int !== null || d.float !== null || typeName(o) === "complex";
}

/** The integer value for %d/%i/%u (PyNumber_Long) or %o/%x/%X (PyNumber_Index); null: wrong type. */
function percentInteger(v: PyObject, conv: string): bigint | null {
  if (!isNumber(v)) return null;
  if (isInt(v)) return bigVal(v);
  if (conv === "o" || conv === "x" || conv === "X") {
    const i = indexValue(v);
    return i === null ? null : BigInt(i);
  }
  if (isFloat(v)) {
    const x = v.v as number;
    if (Number.isNaN(x)) raise(ValueError, "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) raise(OverflowError, "cannot convert float infinity to integer");
    return BigInt(Math.trunc(x));
  }
  const d = tp(v);
  if (d.int !== null) {
    const r = d.int(v);
    try {
      return bigVal(r);
    } finally {
      decref(r);
    }
  }
  const i = indexValue(v);
  return i === null ? null : BigInt(i);
}

/** PyFloat_AsDouble */
export function asDouble(v: PyObject): number {
  if (isFloat(v)) return v.v as number;
  if (isInt(v)) {
    const x = Number(intVal(v));
    if (!Number.isFinite(x)) raise(OverflowError, "int too large to convert to float");
    return x;
  }
  const d = tp(v);
  if (d.float !== null) {
    const r = d.float(v);
    try {
      if (!isFloat(r)) raise(TypeError, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
      return r.v as number;
    } finally {
      decref(r);
    }
  }
  const i = indexValue(v);
  if (i === null) raise(TypeError, `must be real number, not ${typeName(v)}`);
  const x = Number(i);
  if (!Number.isFinite(x)) raise(OverflowError, "int too large to convert to float");
  return x;
}

function latin1Bytes(t: string): Uint8Array {
  const out = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = t.charCodeAt(i);
  return out;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** PyUnicode_Format: format % args */
export function strPercentFormat(format: PyObject, argsObj: PyObject): PyObject {
  return percentFormat(format, text(format), wide(format), argsObj, false);
}

/** _PyBytes_FormatEx: bytes % args (the result's text is latin-1, one char per byte). */
export function bytesPercentFormat(format: PyObject, latin1: string, argsObj: PyObject): string {
  const r = percentFormat(format, latin1, false, argsObj, true);
  const out = text(r);
  decref(r);
  return out;
}

/** The bytes of a %b / %s argument of bytes formatting, as latin-1 text. */
function bytesArgText(v: PyObject): string {
  const d = bytesData(v);
  if (d === null) {
    raise(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
  }
  let out = "";
  for (let i = 0; i < d.length; i += 8192) out += String.fromCharCode(...d.subarray(i, i + 8192));
  return out;
}

function percentFormat(format: PyObject, fs: string, isWide: boolean, argsObj: PyObject, bytesMode: boolean): PyObject {
  const cps = isWide ? cpArray(fs) : null;
  const n = cps ? cps.length : fs.length;
  const at = (i: number): number => (cps ? cps[i]! : fs.charCodeAt(i));
  const sub = (a: number, b: number): string => (cps ? fromCodePoints(cps, a, b) : fs.slice(a, b));
  const isTuple = argsObj.type === TupleType || isSubtype(argsObj.type, TupleType);
  let args = argsObj;
  let arglen = isTuple ? (argsObj.v as PyObject[]).length : -1;
  let argidx = isTuple ? 0 : -2;
  let argsOwned = false;
  const dict = tp(argsObj).getitem !== null && !isTuple && !(bytesMode ? argsObj.type === BytesType || isSubtype(argsObj.type, BytesType) : isStr(argsObj)) ? argsObj : null;
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? args : (args.v as PyObject[])[i]!;
    }
    raise(TypeError, "not enough arguments for format string");
  };
  const w = new Writer();
  const what = bytesMode ? "bytes" : "string";
  let pos = 0;
  try {
    while (pos < n) {
      if (at(pos) !== 0x25) {
        let j = pos + 1;
        while (j < n && at(j) !== 0x25) j++;
        if (pos === 0 && j === n && !bytesMode) w.obj(format, true);
        else w.text(sub(pos, j));
        pos = j;
        continue;
      }
      pos++;
      const read = (): number => (pos < n ? at(pos++) : -1);
      let ch = pos < n ? at(pos) : -1;
      if (ch === 0x25) {
        pos++;
        w.text("%");
        continue;
      }
      if (ch === 0x28) {
        if (dict === null) raise(TypeError, "format requires a mapping");
        pos++;
        const keyStart = pos;
        let depth = 1;
        while (depth > 0 && pos < n) {
          const c = at(pos++);
          if (c === 0x29) depth--;
          else if (c === 0x28) depth++;
        }
        if (depth > 0) raise(ValueError, "incomplete format key");
        const key = bytesMode ? newBytes(latin1Bytes(sub(keyStart, pos - 1))) : newStr(sub(keyStart, pos - 1));
        let value: PyObject;
        try {
          value = abstract.getItem(dict, key);
        } finally {
          decref(key);
        }
        if (argsOwned) decref(args);
        args = value;
        argsOwned = true;
        arglen = -1;
        argidx = -2;
      } else pos++;
      if (ch === 0x28) ch = read();
      const flags: PercentFlags = {};
      for (;;) {
        if (ch === 0x2d) flags.left = true;
        else if (ch === 0x2b) flags.sign = true;
        else if (ch === 0x20) flags.blank = true;
        else if (ch === 0x23) flags.alt = true;
        else if (ch === 0x30) flags.zero = true;
        else break;
        ch = read();
      }
      let width = -1;
      let prec = -1;
      if (ch === 0x2a) {
        const v = nextArg();
        if (!isInt(v)) raise(TypeError, "* wants int");
        const wv = intVal(v);
        if (!fitsSsize(wv)) raise(OverflowError, "Python int too large to convert to C ssize_t");
        width = Number(wv);
        if (width < 0) {
          flags.left = true;
          width = -width;
        }
        ch = read();
      } else if (isDigitCode(ch)) {
        width = ch - 0x30;
        while (isDigitCode((ch = read()))) {
          if (width > (SSIZE_MAX - (ch - 0x30)) / 10) raise(ValueError, "width too big");
          width = width * 10 + (ch - 0x30);
        }
      }
      if (ch === 0x2e) {
        prec = 0;
        ch = read();
        if (ch === 0x2a) {
          const v = nextArg();
          if (!isInt(v)) raise(TypeError, "* wants int");
          const pv = intVal(v);
          if (pv > 2147483647 || pv < -2147483648) raise(OverflowError, "Python int too large to convert to C int");
          prec = Math.max(0, Number(pv));
          ch = read();
        } else if (isDigitCode(ch)) {
          prec = ch - 0x30;
          while (isDigitCode((ch = read()))) {
            if (prec > (2147483647 - (ch - 0x30)) / 10) raise(ValueError, "precision too big");
            prec = prec * 10 + (ch - 0x30);
          }
        }
      }
      if (ch === 0x68 || ch === 0x6c || ch === 0x4c) ch = read();
      if (ch === -1) raise(ValueError, "incomplete format");
      const last = pos >= n;
      const v = nextArg();
      const conv = String.fromCodePoint(ch);
      switch (conv) {
        case "s": case "r": case "a": case "b": {
          if (bytesMode) {
            const t = conv === "s" || conv === "b" ? bytesArgText(v) : asciiEscape(abstract.reprText(v));
            w.text(fmt(() => formatStrPercent(t, flags, width, conv === "s" || conv === "b" ? prec : prec)));
            break;
          }
          if (conv === "b") raise(ValueError, `unsupported format character 'b' (0x62) at index ${pos - 1}`);
          let s: PyObject;
          if (v.type === IntType) s = newStr(bigVal(v).toString());
          else if (v.type === StrType && conv === "s") s = incref(v);
          else s = conv === "s" ? abstract.str(v) : conv === "r" ? abstract.repr(v) : asciiOf(v);
          try {
            const len = strLength(s);
            if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !flags.sign && !flags.blank) w.obj(s, last);
            else w.text(fmt(() => formatStrPercent(text(s), flags, width, prec)));
          } finally {
            decref(s);
          }
          break;
        }
        case "d": case "i": case "u": case "o": case "x": case "X": {
          const iv = percentInteger(v, conv);
          if (iv === null) {
            const what = conv === "o" || conv === "x" || conv === "X" ? "an integer" : "a real number";
            raise(TypeError, `%${conv} format: ${what} is required, not ${typeName(v)}`);
          }
          w.text(fmt(() => formatIntPercent(iv, flags, width, prec, conv)));
          break;
        }
        case "e": case "E": case "f": case "F": case "g": case "G": {
          const x = asDouble(v);
          w.text(fmt(() => formatFloatPercent(x, flags, width, prec, conv)));
          break;
        }
        case "c": {
          let c: string;
          if (bytesMode) {
            const d = bytesData(v);
            if (d !== null && d.length === 1) c = String.fromCharCode(d[0]!);
            else {
              const iv = d === null && hasIndex(v) ? indexValue(v)! : null;
              if (iv === null) raise(TypeError, "%c requires an integer in range(256) or a single byte");
              if (iv < 0 || iv > 255) raise(OverflowError, "%c arg not in range(256)");
              c = String.fromCharCode(Number(iv));
            }
          } else if (isStr(v)) {
            if (strLength(v) !== 1) raise(TypeError, "%c requires int or char");
            c = text(v);
          } else {
            const iv = isInt(v) ? intVal(v) : indexValue(v);
            if (iv === null) raise(TypeError, "%c requires int or char");
            if (iv < 0 || iv > 0x10ffff) raise(OverflowError, "%c arg not in range(0x110000)");
            c = String.fromCodePoint(Number(iv));
          }
          w.text(fmt(() => formatStrPercent(c, flags, width, -1)));
          break;
        }
        default: {
          const shown = ch >= 31 && ch <= 126 ? conv : "?";
          raise(ValueError, `unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${pos - 1}`);
        }
      }
      if (dict !== null && argidx < arglen) raise(TypeError, `not all arguments converted during ${what} formatting`);
    }
    if (argidx < arglen && dict === null) raise(TypeError, `not all arguments converted during ${what} formatting`);
    return w.finish();
  } catch (e) {
    w.abort();
    throw e;
  } finally {
    if (argsOwned) decref(args);
  }
}

function strMod(a: PyObject, b: PyObject): PyObject {
  if (!isStr(a)) return incref(NotImplemented);
  return strPercentFormat(a, b);
}

// ---------------------------------------------------------------- constructor

const STR_NEW_NAMES = ["object", "encoding", "errors"] as const;

/** str(object='') / str(bytes, encoding='utf-8', errors='strict') */
function strNew(type: PyObject, args: PyObject[], kwnamesObj: PyObject | null): PyObject {
  const kwnames = kwnamesObj === null ? null : (kwnamesObj.v as PyObject[]).map((k) => text(k));
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw > 3) raise(TypeError, `str() takes at most 3 arguments (${args.length - nkw} given)`);
  const [obj, encO, errO] = unpackKeywords("str", args, kwnames, STR_NEW_NAMES, 0);
  let result: PyObject;
  if (obj === undefined) {
    if (encO !== undefined || errO !== undefined) {
      // str(encoding=...) without an object is ''
      if (encO !== undefined) strArg(encO, "str() argument 'encoding' must be str");
      if (errO !== undefined) strArg(errO, "str() argument 'errors' must be str");
    }
    result = EmptyStr;
  } else if (encO === undefined && errO === undefined) {
    result = abstract.str(obj);
  } else {
    const encoding = encO === undefined ? "utf-8" : strArg(encO, "str() argument 'encoding' must be str");
    const errors = errO === undefined ? "strict" : strArg(errO, "str() argument 'errors' must be str");
    if (isStr(obj)) raise(TypeError, "decoding str is not supported");
    const data = bytesData(obj);
    if (data === null) raise(TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    result = newStr(decodeBytes(data, encoding, errors));
  }
  if (type === StrType) return result;
  // a subclass instance: a non-compact str (basicsize + data + pre-header)
  const s = text(result);
  decref(result);
  const meta = strMeta(s);
  const kind = meta & 7;
  const charSize = kind === KIND_ASCII ? 1 : kind;
  const d = typeData(type);
  return allocObject(type, d.basicsize + (Math.floor(meta / 8) + 1) * charSize + d.preHeaderSize, s, meta);
}

// ---------------------------------------------------------------- the type

function strSizeof(o: PyObject): number {
  if (o.type === StrType) return exactStrSizeof(o);
  const kind = (o.w as number) & 7;
  return typeData(StrType).basicsize + (Math.floor((o.w as number) / 8) + 1) * (kind === KIND_ASCII ? 1 : kind);
}

const fast = (fn: (self: PyObject, args: PyObject[]) => PyObject): MethodDef => ({ kind: "fast", fn });
const fastkw = (fn: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject): MethodDef => ({ kind: "fastkw", fn });
/** METH_VARARGS in 3.12 (count, find, index, rfind, rindex, startswith, endswith, format): calls pack their arguments */
const varargs = (def: MethodDef): MethodDef => ({ ...def, varargs: true });
const noargs = (fn: (self: PyObject) => PyObject): MethodDef => ({ kind: "noargs", fn });
const one = (fn: (self: PyObject, arg: PyObject) => PyObject): MethodDef => ({ kind: "o", fn });

export const strMethods: Record<string, MethodDef> = {
  encode: fastkw(strEncode),
  replace: fast(strReplace),
  split: fastkw(strSplit),
  rsplit: fastkw(strRsplit),
  join: one(strJoin),
  capitalize: noargs(caseMethod((o) => strCapitalize(text(o)))),
  casefold: noargs(caseMethod((o) => strCasefold(text(o)))),
  title: noargs(caseMethod((o) => strTitle(text(o)))),
  center: fast(padMethod("center", (marg, width) => (marg >> 1) + (marg & width & 1))),
  count: varargs(fast(strCount)),
  expandtabs: fastkw(strExpandtabs),
  find: varargs(fast(strFind)),
  partition: one(strPartition),
  index: varargs(fast(strIndex)),
  ljust: fast(padMethod("ljust", () => 0)),
  lower: noargs(caseMethod(strLower)),
  lstrip: fast((self, args) => stripImpl(self, args, "lstrip", true, false)),
  rfind: varargs(fast(strRfind)),
  rindex: varargs(fast(strRindex)),
  rjust: fast(padMethod("rjust", (marg) => marg)),
  rstrip: fast((self, args) => stripImpl(self, args, "rstrip", false, true)),
  rpartition: one(strRpartition),
  splitlines: fastkw(strSplitlines),
  strip: fast((self, args) => stripImpl(self, args, "strip", true, true)),
  swapcase: noargs(caseMethod((o) => strSwapcase(text(o)))),
  translate: one(strTranslate),
  upper: noargs(caseMethod(strUpper)),
  startswith: varargs(fast((self, args) => startsEndsWith(self, args, "startswith", -1))),
  endswith: varargs(fast((self, args) => startsEndsWith(self, args, "endswith", 1))),
  removeprefix: one(strRemoveprefix),
  removesuffix: one(strRemovesuffix),
  isascii: noargs((self) => pyBool(strKind(self) === KIND_ASCII)),
  islower: noargs(strIslower),
  isupper: noargs(strIsupper),
  istitle: noargs(strIstitle),
  isspace: noargs(predicate(isSpace)),
  isdecimal: noargs(predicate(isDecimalCp)),
  isdigit: noargs(predicate(isDigitCp)),
  isnumeric: noargs(predicate(isNumericCp)),
  isalpha: noargs(predicate(isAlphaCp)),
  isalnum: noargs(predicate((c) => isAlphaCp(c) || isNumericCp(c))),
  isidentifier: noargs(strIsidentifier),
  isprintable: noargs(predicate(isPrintableCp, true)),
  zfill: one(strZfill),
  format: varargs(fastkw(strFormatMethod)),
  format_map: one(strFormatMap),
  __format__: one(strFormatSlot),
  __sizeof__: noargs((self) => newInt(strSizeof(self))),
  __getnewargs__: noargs((self) => newTuple([newStr(text(self))])),
};

const data = typeData(StrType);
data.repr = (o) => newStr(strRepr(text(o)));
data.str = (o) => unchanged(o);
data.richcompare = strRichCompare;
data.concat = strConcat;
data.repeat = strRepeat;
data.contains = strContains;
data.getitem = strGetItem;
data.iter = strIter;
data.format = strFormatSlot;
data.mod = strMod;
data.new = strNew;
data.sizeof = strSizeof;
data.methodDefs = { ...data.methodDefs, ...strMethods };
data.staticMethodDefs = { ...data.staticMethodDefs, maketrans: fast(strMaketrans) };

/** The method table entry `name` of str (tests and the VM's fast paths call these directly). */
export function strMethod(name: string): MethodDef {
  const m = strMethods[name] ?? data.staticMethodDefs[name];
  if (m === undefined) throw new Error(`no str method ${name}`);
  return m;
}

/** Per-code-point properties as the str predicates see them (tests compare these with CPython's). */
export const unicodeChar = {
  /** bits: 1 alpha, 2 decimal, 4 digit, 8 numeric, 16 upper, 32 lower, 64 title-or-upper (istitle),
   *  128 space, 256 printable, 512 identifier start, 1024 identifier continue, 2048 alnum */
  flags(c: number): number {
    let f = 0;
    if (isAlphaCp(c)) f |= 1;
    if (isDecimalCp(c)) f |= 2;
    if (isDigitCp(c)) f |= 4;
    if (isNumericCp(c)) f |= 8;
    if (isUpperCp(c) && !isLowerCp(c) && !isTitleCp(c)) f |= 16;
    if (isLowerCp(c) && !isUpperCp(c) && !isTitleCp(c)) f |= 32;
    if ((isUpperCp(c) || isTitleCp(c)) && !isLowerCp(c)) f |= 64;
    if (isSpace(c)) f |= 128;
    if (isPrintableCp(c)) f |= 256;
    if (c === 0x5f || prop(RE_XID_START, c)) f |= 512;
    if (isXidContinue(c)) f |= 1024;
    if (isAlphaCp(c) || isNumericCp(c)) f |= 2048;
    return f;
  },
  upper: upperFull,
  lower: lowerFull,
  title: titleFull,
  fold: foldFull,
};
