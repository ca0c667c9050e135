// bytes (Objects/bytesobject.c) and the utf-8 / ascii / latin-1 codecs that str.encode,
// bytes.decode and the constructors share.
//
// Payload: `v` is a Uint8Array (never mutated once the object exists), `w` caches the
// hash (a bigint) once computed. Size: 33 + n bytes (PyBytesObject's header and the
// trailing NUL); b'' and the 256 one-byte bytes are static immortal singletons.
import { sequenceFast } from "./listmethods.js";
import { decref, incref, PyObject, PyRaise } from "./object.js";
import { allocBuffer, allocObject, freeBuffer, freeObject, reallocBuffer } from "./runtime.js";
import { None, NotImplemented, True, False, pyBool, staticObject } from "./singletons.js";
import { CompareOp, isSubtype, makeStaticType, typeData, typeName, TPFLAGS_HAVE_GC, type MethodDef } from "./typeobject.js";
import { ByteArrayType, BytesType, ListType, SliceType, TupleType } from "./types.js";
import * as abstract from "./abstract.js";
import {
  BufferError, IndexError, LookupError, MemoryError, OverflowError, TypeError, UnicodeDecodeError, UnicodeEncodeError, ValueError,
  excWithMessage, raise, raiseEmpty, raiseObject, setExcField,
} from "./exceptions.js";
import { hashBytes } from "./pyhash.js";
import { hashSecret, newStr } from "./unicodeobject.js";
import { newInt } from "./longobject.js";
import { newList, newListPreallocated } from "./listobject.js";
import { newTuple } from "./tupleobject.js";
import { bytesRepr } from "../values/strrepr.js";
import { gcTrack, gcUntrack } from "./gcheader.js";
import {
  adjustIndices, asSsize, bytesPercentFormat, hasIndex, indexValue, isStr, sliceIndex, sliceIndices,
} from "./strmethods.js";

const SSIZE_MAX = 9223372036854775807;
const MAX_LENGTH = 2 ** 30;

// ---------------------------------------------------------------- objects

export const EmptyBytes = staticObject(BytesType, new Uint8Array(0), 33);
const oneByte: PyObject[] = [];
for (let b = 0; b < 256; b++) oneByte.push(staticObject(BytesType, Uint8Array.of(b), 34));

/** A new reference to a bytes object holding `data` (which it takes over). */
export function newBytes(data: Uint8Array): PyObject {
  if (data.length <= 1) return data.length === 0 ? EmptyBytes : oneByte[data[0]!]!;
  if (data.length > MAX_LENGTH) raiseEmpty(MemoryError);
  return allocObject(BytesType, 33 + data.length, data, null);
}

/**
 * A bytes object made by PyBytes_FromStringAndSize(NULL, n) and filled in place
 * (case mappings, stepped slices, concatenation, join, bytes(n)): CPython does not
 * swap a one-byte result for the cached singleton there, so neither do we.
 */
function freshBytes(d: Uint8Array): PyObject {
  if (d.length === 0) return EmptyBytes;
  if (d.length > MAX_LENGTH) raiseEmpty(MemoryError);
  return allocObject(BytesType, 33 + d.length, d, null);
}

export function isBytes(o: PyObject): boolean {
  return o.type === BytesType || isSubtype(o.type, BytesType);
}

/** The bytes of a bytes-like object (bytes, bytearray, or a copy of what a memoryview shows), else null. */
export function bytesData(o: PyObject): Uint8Array | null {
  if (isBytes(o)) return o.v as Uint8Array;
  if (typeName(o) === "bytearray" && o.v instanceof Uint8Array) return o.v as Uint8Array;
  return memoryViewBytes(o);
}

let memoryViewBytes: (o: PyObject) => Uint8Array | null = () => null;
/** Installed by memoryobject.ts (which imports this module). */
export function setMemoryViewBytes(fn: (o: PyObject) => Uint8Array | null): void {
  memoryViewBytes = fn;
}

/** How many memoryviews' managed buffers hold each exported bytearray (ob_exports). */
export const byteArrayExports = new Map<PyObject, number>();

/** The hash bytes of this content would have. */
export function bytesHashOf(d: Uint8Array): bigint {
  return hashBytes(d, hashSecret);
}

function data(o: PyObject): Uint8Array {
  return o.v as Uint8Array;
}

/** bytes ↔ latin-1 JS strings, so that the search code can use JS string operations. */
function b2s(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function s2b(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function unchanged(o: PyObject): PyObject {
  if (o.type === BytesType) return incref(o);
  return newBytes(data(o).slice());
}

// ---------------------------------------------------------------- codecs

type Codec = "utf-8" | "ascii" | "latin-1";

const ALIASES: Record<string, Codec> = {
  utf_8: "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", utf8_ucs2: "utf-8", utf8_ucs4: "utf-8", cp65001: "utf-8",
  ascii: "ascii", us_ascii: "ascii", "646": "ascii", "ansi_x3.4_1968": "ascii", ansi_x3_4_1968: "ascii",
  "ansi_x3.4_1986": "ascii", cp367: "ascii", csascii: "ascii", ibm367: "ascii", iso646_us: "ascii",
  "iso_646.irv_1991": "ascii", iso_ir_6: "ascii", us: "ascii",
  latin_1: "latin-1", latin1: "latin-1", iso_8859_1: "latin-1", iso8859_1: "latin-1", "8859": "latin-1",
  cp819: "latin-1", csisolatin1: "latin-1", ibm819: "latin-1", iso_ir_100: "latin-1", l1: "latin-1", latin: "latin-1",
  iso_8859_1_1987: "latin-1",
} as unknown as Record<string, Codec>;

/** encodings.normalize_encoding + the alias table, for the three codecs pyarena has. */
function lookupCodec(encoding: string): Codec {
  const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
  const codec = ALIASES[norm];
  if (codec === undefined) raise(LookupError, `unknown encoding: ${encoding}`);
  return codec;
}

function charEscape(c: number): string {
  if (c <= 0xff) return "\\x" + c.toString(16).padStart(2, "0");
  if (c <= 0xffff) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

/**
 * Raise UnicodeEncodeError / UnicodeDecodeError: the message is the exception's
 * argument (so str(e) is CPython's text) and encoding, object, start, end, reason
 * are set as its fields.
 */
function raiseCodecError(type: PyObject, message: string, codec: Codec, object: PyObject, start: number, end: number, reason: string): never {
  const e = excWithMessage(type, message);
  setExcField(e, "encoding", newStr(codec));
  setExcField(e, "object", object);
  setExcField(e, "start", newInt(start));
  setExcField(e, "end", newInt(end));
  setExcField(e, "reason", newStr(reason));
  raiseObject(e);
}

function encodeError(codec: Codec, text: string, cps: number[], start: number, end: number, reason: string): never {
  const msg = end === start + 1
    ? `'${codec}' codec can't encode character '${charEscape(cps[start]!)}' in position ${start}: ${reason}`
    : `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  raiseCodecError(UnicodeEncodeError, msg, codec, newStr(text), start, end, reason);
}

function unknownHandler(errors: string): never {
  raise(LookupError, `unknown error handler name '${errors}'`);
}

/** str.encode(encoding, errors) → the bytes. */
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const LONE_SURROGATE = /\p{Surrogate}/u;

export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  // fast path: text without lone surrogates is valid UTF-8 as the host encodes it
  if (codec === "utf-8" && !LONE_SURROGATE.test(s)) return utf8Encoder.encode(s);
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    cps.push(c);
    if (c > 0xffff) i++;
  }
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const bad = (c: number): boolean => c >= limit || (codec === "utf-8" && c >= 0xd800 && c <= 0xdfff);
  const reason = codec === "ascii" ? "ordinal not in range(128)" : codec === "latin-1" ? "ordinal not in range(256)" : "surrogates not allowed";
  const out: number[] = [];
  const put = (c: number): void => {
    if (codec !== "utf-8" || c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  };
  const putAscii = (t: string): void => {
    for (let k = 0; k < t.length; k++) out.push(t.charCodeAt(k));
  };
  for (let i = 0; i < cps.length; ) {
    const c = cps[i]!;
    if (!bad(c)) {
      put(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    switch (errors) {
      case "strict":
        encodeError(codec, s, cps, i, end, reason);
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < end; k++) out.push(0x3f);
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) putAscii(charEscape(cps[k]!));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) putAscii(`&#${cps[k]!};`);
        break;
      case "surrogateescape":
        for (let k = i; k < end; k++) {
          const d = cps[k]!;
          if (d < 0xdc80 || d > 0xdcff) encodeError(codec, s, cps, k, k + 1, reason);
          out.push(d - 0xdc00);
        }
        break;
      case "surrogatepass":
        for (let k = i; k < end; k++) {
          const d = cps[k]!;
          if (codec !== "utf-8" || d < 0xd800 || d > 0xdfff) encodeError(codec, s, cps, k, k + 1, reason);
          put(d);
        }
        break;
      default:
        unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

function decodeError(codec: Codec, b: Uint8Array, start: number, end: number, reason: string): never {
  const msg = end === start + 1
    ? `'${codec}' codec can't decode byte 0x${b[start]!.toString(16).padStart(2, "0")} in position ${start}: ${reason}`
    : `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  raiseCodecError(UnicodeDecodeError, msg, codec, newBytes(b.slice()), start, end, reason);
}

/** The length of the invalid UTF-8 sequence at i and the reason, or null when a valid sequence starts there. */
function utf8Invalid(b: Uint8Array, i: number): [number, string] | null {
  const b0 = b[i]!;
  if (b0 < 0x80) return null;
  if (b0 < 0xc2 || b0 > 0xf4) return [1, "invalid start byte"];
  const need = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 === 0xe0) lo = 0xa0;
  else if (b0 === 0xed) hi = 0x9f;
  else if (b0 === 0xf0) lo = 0x90;
  else if (b0 === 0xf4) hi = 0x8f;
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return [b.length - i, "unexpected end of data"];
    const c = b[i + k]!;
    if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return [k, "invalid continuation byte"];
  }
  return null;
}

/** bytes.decode(encoding, errors) → the text. */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  if (b.length === 0) return ""; // PyUnicode_Decode returns '' before looking the codec up
  const codec = lookupCodec(encoding);
  if (codec === "latin-1") return b2s(b);
  if (codec === "utf-8") {
    try {
      return utf8Decoder.decode(b); // strict and complete: the slow path below reports errors
    } catch {
      // fall through
    }
  }
  const parts: string[] = [];
  let run = "";
  const flush = (): void => {
    if (run) parts.push(run);
    run = "";
  };
  for (let i = 0; i < b.length; ) {
    const b0 = b[i]!;
    let bad: [number, string] | null = null;
    if (codec === "ascii") {
      if (b0 >= 0x80) bad = [1, "ordinal not in range(128)"];
    } else bad = utf8Invalid(b, i);
    if (bad === null) {
      if (b0 < 0x80) {
        run += String.fromCharCode(b0);
        i++;
      } else {
        const need = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
        let c = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let k = 1; k <= need; k++) c = (c << 6) | (b[i + k]! & 0x3f);
        run += String.fromCodePoint(c);
        i += need + 1;
      }
      if (run.length > 4096) flush();
      continue;
    }
    const [len, reason] = bad;
    switch (errors) {
      case "strict":
        decodeError(codec, b, i, i + len, reason);
      case "ignore":
        break;
      case "replace":
        run += "\ufffd";
        break;
      case "backslashreplace":
        for (let k = i; k < i + len; k++) run += "\\x" + b[k]!.toString(16).padStart(2, "0");
        break;
      case "surrogateescape":
        for (let k = i; k < i + len; k++) run += String.fromCharCode(0xdc00 + b[k]!);
        break;
      default:
        unknownHandler(errors);
    }
    i += len;
  }
  flush();
  return parts.join("");
}

// ---------------------------------------------------------------- slots

function bytesHash(o: PyObject): bigint {
  let h = o.w as bigint | null;
  if (h === null) {
    h = hashBytes(data(o), hashSecret);
    o.w = h;
  }
  return h;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

function bytesRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isBytes(a) || !isBytes(b)) return incref(NotImplemented);
  const c = a === b ? 0 : compareBytes(data(a), data(b));
  switch (op) {
    case CompareOp.EQ: return pyBool(c === 0);
    case CompareOp.NE: return pyBool(c !== 0);
    case CompareOp.LT: return pyBool(c < 0);
    case CompareOp.LE: return pyBool(c <= 0);
    case CompareOp.GT: return pyBool(c > 0);
    default: return pyBool(c >= 0);
  }
}

function needBytes(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d === null) raise(TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
  return d;
}

function bytesConcat(a: PyObject, b: PyObject): PyObject {
  const x = bytesData(a);
  const y = bytesData(b);
  if (x === null || y === null) raise(TypeError, `can't concat ${typeName(b)} to ${typeName(a)}`);
  if (y.length === 0 && a.type === BytesType) return incref(a);
  if (x.length === 0 && b.type === BytesType) return incref(b);
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return freshBytes(out);
}

function bytesRepeat(o: PyObject, count: number): PyObject {
  const d = data(o);
  if (count < 1 || d.length === 0) return EmptyBytes;
  if (count === 1) return unchanged(o);
  if (d.length > SSIZE_MAX / count) raise(OverflowError, "repeated bytes are too long");
  if (d.length * count > MAX_LENGTH) raiseEmpty(MemoryError);
  const out = new Uint8Array(d.length * count);
  for (let i = 0; i < count; i++) out.set(d, i * d.length);
  return newBytes(out);
}

/** An int in range(256) (for `in`, find, count ...), or null when `o` is not an integer. */
function byteValue(o: PyObject): number | null {
  if (!hasIndex(o)) return null;
  const v = indexValue(o)!;
  if (v < 0 || v > 255) raise(ValueError, "byte must be in range(0, 256)");
  return Number(v);
}

function bytesContains(o: PyObject, item: PyObject): boolean {
  const b = byteValue(item);
  if (b !== null) return data(o).includes(b);
  return b2s(data(o)).includes(b2s(needBytes(item)));
}

function bytesGetItem(o: PyObject, key: PyObject): PyObject {
  const d = data(o);
  if (hasIndex(key)) {
    const v = indexValue(key)!;
    if (typeof v === "bigint" && (v >= 1n << 63n || v < -(1n << 63n))) {
      raise(IndexError, `cannot fit '${typeName(key)}' into an index-sized integer`);
    }
    let i = Number(v);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise(IndexError, "index out of range");
    return newInt(d[i]!);
  }
  if (key.type === SliceType) {
    const { start, step, length } = sliceIndices(key, d.length);
    if (length <= 0) return EmptyBytes;
    if (start === 0 && step === 1 && length === d.length) return unchanged(o);
    if (step === 1) return newBytes(d.slice(start, start + length));
    const out = new Uint8Array(length);
    for (let i = 0, j = start; i < length; i++, j += step) out[i] = d[j]!;
    return freshBytes(out);
  }
  raise(TypeError, `byte indices must be integers or slices, not ${typeName(key)}`);
}

export const BytesIterType = makeStaticType("bytes_iterator", 32, 0, TPFLAGS_HAVE_GC);

function bytesIter(o: PyObject): PyObject {
  const it = allocObject(BytesIterType, 48, incref(o), 0);
  gcTrack(it);
  return it;
}

const iterData = typeData(BytesIterType);
iterData.dealloc = (it) => {
  gcUntrack(it);
  const seq = it.v as PyObject | null;
  it.v = null;
  if (seq !== null) decref(seq);
  freeObject(it);
};
iterData.traverse = (it, visit) => {
  if (it.v !== null) visit(it.v as PyObject);
};
iterData.iter = (it) => incref(it);
iterData.iternext = (it) => {
  const seq = it.v as PyObject | null;
  if (seq === null) return null;
  const i = it.w as number;
  const d = data(seq);
  if (i < d.length) {
    it.w = i + 1;
    return newInt(d[i]!);
  }
  it.v = null;
  decref(seq);
  return null;
};
iterData.sizeof = () => 32;
iterData.methodDefs = {
  __length_hint__: {
    kind: "noargs",
    fn: (it) => newInt(it.v === null ? 0 : data(it.v as PyObject).length - (it.w as number)),
  },
};

// ---------------------------------------------------------------- methods

function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) raise(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) raise(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

function unpackKeywords(fname: string, args: PyObject[], kwnames: string[] | null, names: readonly string[]): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > names.length) {
    raise(TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kwnames![k]!);
    if (idx < 0) raise(TypeError, `'${kwnames![k]!}' is an invalid keyword argument for ${fname}()`);
    if (idx < npos) raise(TypeError, `argument for ${fname}() given by name ('${kwnames![k]!}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  return out;
}

/** A str argument checked by an Argument Clinic converter (None is named "None"). */
function strArg(o: PyObject, what: string): string {
  if (!isStr(o)) raise(TypeError, `${what}, not ${o === None ? "None" : typeName(o)}`);
  return o.v as string;
}

function bytesDecode(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [encO, errO] = unpackKeywords("decode", args, kwnames, ["encoding", "errors"]);
  const encoding = encO === undefined ? "utf-8" : strArg(encO, "decode() argument 'encoding' must be str");
  const errors = errO === undefined ? "strict" : strArg(errO, "decode() argument 'errors' must be str");
  return newStr(decodeBytes(data(self), encoding, errors));
}

function bytesHex(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sepO, perO] = unpackKeywords("hex", args, kwnames, ["sep", "bytes_per_sep"]);
  const d = data(self);
  const hex = Array.from(d, (b) => b.toString(16).padStart(2, "0"));
  if (sepO === undefined) return newStr(hex.join(""));
  let sep: string;
  if (isStr(sepO)) sep = sepO.v as string;
  else {
    const sd = bytesData(sepO);
    if (sd === null) {
      if (abstractHasLen(sepO)) raise(TypeError, "sep must be str or bytes.");
      raise(TypeError, `object of type '${typeName(sepO)}' has no len()`);
    }
    sep = b2s(sd);
  }
  if (sep.length !== 1) raise(ValueError, "sep must be length 1.");
  if (sep.charCodeAt(0) > 127) raise(ValueError, "sep must be ASCII.");
  const per = perO === undefined ? 1 : asSsize(perO);
  if (per === 0 || d.length === 0) return newStr(hex.join(""));
  const group = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // count from the right
    let end = hex.length;
    while (end > 0) {
      const start = Math.max(0, end - group);
      groups.unshift(hex.slice(start, end).join(""));
      end = start;
    }
  } else {
    for (let start = 0; start < hex.length; start += group) groups.push(hex.slice(start, start + group).join(""));
  }
  return newStr(groups.join(sep));
}

function abstractHasLen(o: PyObject): boolean {
  return typeData(o.type).length !== null;
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function bytesFromhex(_type: PyObject, arg: PyObject): PyObject {
  const s = strArg(arg, "fromhex() argument must be str");
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++;
      continue;
    }
    if (!isHexDigit(c)) raise(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const d = i + 1 < n ? s.charCodeAt(i + 1) : -1;
    if (!isHexDigit(d)) raise(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(parseInt(s.slice(i, i + 2), 16));
    i += 2;
  }
  return newBytes(Uint8Array.from(out));
}

const ASCII_WS = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function bytesStrip(name: string, left: boolean, right: boolean) {
  return (self: PyObject, args: PyObject[]): PyObject => {
    checkPositional(name, args.length, 0, 1);
    const d = data(self);
    let test = ASCII_WS;
    const c = args[0];
    if (c !== undefined && c !== None) {
      const set = new Set(needBytes(c));
      test = (x) => set.has(x);
    }
    let i = 0;
    let j = d.length;
    if (left) while (i < j && test(d[i]!)) i++;
    if (right) while (j > i && test(d[j - 1]!)) j--;
    if (i === 0 && j === d.length) return unchanged(self);
    return newBytes(d.slice(i, j));
  };
}

function bytesSplitImpl(self: PyObject, args: PyObject[], kwnames: string[] | null, name: string, reverse: boolean): PyObject {
  const [sepO, maxO] = unpackKeywords(name, args, kwnames, ["sep", "maxsplit"]);
  let maxcount = maxO === undefined ? -1 : asSsize(maxO);
  if (maxcount < 0) maxcount = SSIZE_MAX;
  // stringlib: PyList_New(PREALLOC_SIZE(maxcount)), PyList_Append past the 12th piece
  const prealloc = maxcount >= 12 ? 12 : maxcount + 1;
  const s = b2s(data(self));
  const n = s.length;
  const pieces: (string | null)[] = [];
  const exact = self.type === BytesType;
  if (sepO === undefined || sepO === None) {
    if (!reverse) {
      let i = 0;
      while (maxcount-- > 0) {
        while (i < n && ASCII_WS(s.charCodeAt(i))) i++;
        if (i === n) break;
        const j = i;
        i++;
        while (i < n && !ASCII_WS(s.charCodeAt(i))) i++;
        if (j === 0 && i === n && exact) {
          pieces.push(null);
          break;
        }
        pieces.push(s.slice(j, i));
      }
      if (i < n) {
        while (i < n && ASCII_WS(s.charCodeAt(i))) i++;
        if (i !== n) pieces.push(s.slice(i));
      }
    } else {
      let i = n - 1;
      while (maxcount-- > 0) {
        while (i >= 0 && ASCII_WS(s.charCodeAt(i))) i--;
        if (i < 0) break;
        const j = i;
        i--;
        while (i >= 0 && !ASCII_WS(s.charCodeAt(i))) i--;
        if (j === n - 1 && i < 0 && exact) {
          pieces.push(null);
          break;
        }
        pieces.push(s.slice(i + 1, j + 1));
      }
      if (i >= 0) {
        while (i >= 0 && ASCII_WS(s.charCodeAt(i))) i--;
        if (i >= 0) pieces.push(s.slice(0, i + 1));
      }
      pieces.reverse();
    }
  } else {
    const sep = b2s(needBytes(sepO));
    if (sep === "") raise(ValueError, "empty separator");
    if (!reverse) {
      let i = 0;
      while (maxcount-- > 0) {
        const j = s.indexOf(sep, i);
        if (j < 0) break;
        pieces.push(s.slice(i, j));
        i = j + sep.length;
      }
      pieces.push(pieces.length === 0 && exact ? null : s.slice(i));
    } else {
      let j = n;
      while (maxcount-- > 0) {
        if (j - sep.length < 0) break;
        const k = s.lastIndexOf(sep, j - sep.length);
        if (k < 0) break;
        pieces.push(s.slice(k + sep.length, j));
        j = k;
      }
      pieces.push(pieces.length === 0 && exact ? null : s.slice(0, j));
      pieces.reverse();
    }
  }
  return newListPreallocated(pieces.map((p) => (p === null ? incref(self) : newBytes(s2b(p)))), prealloc);
}

function bytesReplace(self: PyObject, args: PyObject[]): PyObject {
  checkPositional("replace", args.length, 2, 3);
  const o = b2s(needBytes(args[0]!));
  const nw = b2s(needBytes(args[1]!));
  let count = args[2] === undefined ? -1 : asSsize(args[2]);
  if (count < 0) count = SSIZE_MAX;
  const s = b2s(data(self));
  if (count === 0) return unchanged(self);
  let out = "";
  let found = 0;
  if (o === "") {
    for (let i = 0; i < s.length; i++) {
      if (found < count) {
        out += nw;
        found++;
      }
      out += s[i];
    }
    if (found < count) {
      out += nw;
      found++;
    }
    if (nw === "") return unchanged(self);
    return newBytes(s2b(out));
  }
  let i = 0;
  while (found < count) {
    const j = s.indexOf(o, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + o.length;
    found++;
  }
  if (found === 0) return unchanged(self);
  return newBytes(s2b(out + s.slice(i)));
}

/** (sub[, start[, end]]) where sub is bytes-like or an int. */
function findArgs(name: string, self: PyObject, args: PyObject[]): { sub: string; start: number; end: number } {
  if (args.length < 1) raise(TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise(TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const subO = args[0]!;
  let sub: string;
  const b = hasIndex(subO) ? byteValue(subO) : null;
  if (b !== null) sub = String.fromCharCode(b);
  else {
    const d = bytesData(subO);
    if (d === null) raise(TypeError, `argument should be integer or bytes-like object, not '${typeName(subO)}'`);
    sub = b2s(d);
  }
  const [start, end] = adjustIndices(sliceIndex(args[1]) ?? 0, sliceIndex(args[2]) ?? SSIZE_MAX, data(self).length);
  return { sub, start, end };
}

function findImpl(self: PyObject, args: PyObject[], name: string, dir: number): number {
  const { sub, start, end } = findArgs(name, self, args);
  if (end - start < sub.length) return -1;
  const s = b2s(data(self));
  if (dir > 0) {
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const i = s.lastIndexOf(sub, end - sub.length);
  return i >= start ? i : -1;
}

function bytesCount(self: PyObject, args: PyObject[]): PyObject {
  const { sub, start, end } = findArgs("count", self, args);
  if (end - start < sub.length) return newInt(0);
  if (sub.length === 0) return newInt(end - start + 1);
  const s = b2s(data(self));
  let count = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) count++;
  return newInt(count);
}

function bytesStartsEnds(name: string, dir: number) {
  return (self: PyObject, args: PyObject[]): PyObject => {
    if (args.length < 1) raise(TypeError, `${name}() takes at least 1 argument (0 given)`);
    if (args.length > 3) raise(TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
    const s = b2s(data(self));
    const match = (sub: string): boolean => {
      let [start, end] = adjustIndices(sliceIndex(args[1]) ?? 0, sliceIndex(args[2]) ?? SSIZE_MAX, s.length);
      end -= sub.length;
      if (end < start) return false;
      const from = dir < 0 ? start : end;
      return s.slice(from, from + sub.length) === sub;
    };
    const p = args[0]!;
    if (p.type === TupleType || isSubtype(p.type, TupleType)) {
      for (const item of p.v as PyObject[]) {
        const d = bytesData(item);
        if (d === null) raise(TypeError, `a bytes-like object is required, not '${typeName(item)}'`);
        if (match(b2s(d))) return True;
      }
      return False;
    }
    const d = bytesData(p);
    if (d === null) raise(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
    return pyBool(match(b2s(d)));
  };
}

function bytesJoin(self: PyObject, iterable: PyObject): PyObject {
  const seq = sequenceFast(iterable, "can only join an iterable");
  try {
    const items = seq.v as PyObject[];
    if (items.length === 0) return EmptyBytes;
    if (items.length === 1 && items[0]!.type === BytesType) return incref(items[0]!);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < items.length; i++) {
      const d = bytesData(items[i]!);
      if (d === null) raise(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(items[i]!)} found`);
      parts.push(d);
    }
    const sep = data(self);
    const total = parts.reduce((n, p) => n + p.length, 0) + sep.length * (parts.length - 1);
    const out = new Uint8Array(total);
    let pos = 0;
    parts.forEach((p, i) => {
      if (i > 0) {
        out.set(sep, pos);
        pos += sep.length;
      }
      out.set(p, pos);
      pos += p.length;
    });
    return freshBytes(out);
  } finally {
    decref(seq);
  }
}

function asciiCase(upper: boolean) {
  return (self: PyObject): PyObject => {
    const d = data(self);
    const out = new Uint8Array(d.length);
    for (let i = 0; i < d.length; i++) {
      const c = d[i]!;
      out[i] = upper ? (c >= 0x61 && c <= 0x7a ? c - 32 : c) : c >= 0x41 && c <= 0x5a ? c + 32 : c;
    }
    return freshBytes(out);
  };
}

// ---- ASCII-only methods shared with bytearray in CPython (Objects/bytes_methods.c)

const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAsciiAlpha = (c: number): boolean => isAsciiUpper(c) || isAsciiLower(c);
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function bytesPredicate(test: (c: number) => boolean) {
  return (self: PyObject): PyObject => {
    const d = data(self);
    if (d.length === 0) return False;
    for (const c of d) if (!test(c)) return False;
    return True;
  };
}

function bytesIsCase(self: PyObject, upper: boolean): PyObject {
  let cased = false;
  for (const c of data(self)) {
    if (upper ? isAsciiLower(c) : isAsciiUpper(c)) return False;
    if (upper ? isAsciiUpper(c) : isAsciiLower(c)) cased = true;
  }
  return pyBool(cased);
}

function bytesIstitle(self: PyObject): PyObject {
  let cased = false;
  let prev = false;
  for (const c of data(self)) {
    if (isAsciiUpper(c)) {
      if (prev) return False;
      prev = cased = true;
    } else if (isAsciiLower(c)) {
      if (!prev) return False;
      prev = cased = true;
    } else prev = false;
  }
  return pyBool(cased);
}

function mapBytes(fn: (d: Uint8Array) => Uint8Array) {
  return (self: PyObject): PyObject => freshBytes(fn(data(self)));
}

const toUpper = (c: number): number => (isAsciiLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isAsciiUpper(c) ? c + 32 : c);

function titleBytes(d: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  let prev = false;
  d.forEach((c, i) => {
    out[i] = prev ? toLower(c) : toUpper(c);
    prev = isAsciiAlpha(c);
  });
  return out;
}

function capitalizeBytes(d: Uint8Array): Uint8Array {
  return d.map((c, i) => (i === 0 ? toUpper(c) : toLower(c)));
}

function swapcaseBytes(d: Uint8Array): Uint8Array {
  return d.map((c) => (isAsciiUpper(c) ? c + 32 : isAsciiLower(c) ? c - 32 : c));
}

function fillByte(o: PyObject | undefined, name: string): number {
  if (o === undefined) return 0x20;
  const d = bytesData(o);
  if (d === null || d.length !== 1) {
    raise(TypeError, `${name}() argument 2 must be a byte string of length 1, not ${o === None ? "None" : typeName(o)}`);
  }
  return d[0]!;
}

function bytesPad(name: string, split: (marg: number, width: number) => number) {
  return (self: PyObject, args: PyObject[]): PyObject => {
    checkPositional(name, args.length, 1, 2);
    const width = asSsize(args[0]!);
    const fill = fillByte(args[1], name);
    const d = data(self);
    if (d.length >= width) return unchanged(self);
    const marg = width - d.length;
    const left = split(marg, width);
    if (width > MAX_LENGTH) raiseEmpty(MemoryError);
    const out = new Uint8Array(width).fill(fill);
    out.set(d, left);
    return freshBytes(out);
  };
}

function bytesZfill(self: PyObject, widthO: PyObject): PyObject {
  const width = asSsize(widthO);
  const d = data(self);
  if (d.length >= width) return unchanged(self);
  const fill = width - d.length;
  const out = new Uint8Array(width).fill(0x30);
  out.set(d, fill);
  if (d.length > 0 && (d[0] === 0x2b || d[0] === 0x2d)) {
    out[0] = d[0]!;
    out[fill] = 0x30;
  }
  return freshBytes(out);
}

function bytesPartition(self: PyObject, sepO: PyObject, reverse: boolean): PyObject {
  const sep = b2s(needBytes(sepO));
  if (sep === "") raise(ValueError, "empty separator");
  const s = b2s(data(self));
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) {
    return reverse ? newTuple([EmptyBytes, EmptyBytes, unchanged(self)]) : newTuple([unchanged(self), EmptyBytes, EmptyBytes]);
  }
  const sepObj = sepO.type === BytesType ? incref(sepO) : newBytes(s2b(sep));
  return newTuple([newBytes(s2b(s.slice(0, i))), sepObj, newBytes(s2b(s.slice(i + sep.length)))]);
}

function bytesSplitlines(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [keepO] = unpackKeywords("splitlines", args, kwnames, ["keepends"]);
  const keepends = keepO === undefined ? false : abstract.isTrue(keepO);
  const d = data(self);
  const n = d.length;
  const out: PyObject[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && d[i] !== 0x0a && d[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      if (d[i] === 0x0d && i + 1 < n && d[i + 1] === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    if (j === 0 && eol === n && self.type === BytesType) {
      out.push(incref(self));
      break;
    }
    out.push(newBytes(d.slice(j, eol)));
    j = i;
  }
  return newList(out);
}

function bytesExpandtabs(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [tabO] = unpackKeywords("expandtabs", args, kwnames, ["tabsize"]);
  const tabsize = tabO === undefined ? 8 : asSsize(tabO);
  const d = data(self);
  // bytes.expandtabs always builds a new object (str.expandtabs returns itself without tabs)
  const out: number[] = [];
  let col = 0;
  for (const c of d) {
    if (c === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        for (let k = 0; k < incr; k++) out.push(0x20);
      }
    } else {
      col++;
      out.push(c);
      if (c === 0x0a || c === 0x0d) col = 0;
    }
  }
  return freshBytes(Uint8Array.from(out));
}

function bytesRemoveAffix(self: PyObject, affixO: PyObject, prefix: boolean): PyObject {
  const affix = needBytes(affixO);
  const d = data(self);
  if (affix.length === 0 || affix.length > d.length) return unchanged(self);
  const at = prefix ? 0 : d.length - affix.length;
  for (let i = 0; i < affix.length; i++) if (d[at + i] !== affix[i]) return unchanged(self);
  return newBytes(prefix ? d.slice(affix.length) : d.slice(0, d.length - affix.length));
}

// ---------------------------------------------------------------- constructor

/** bytes(x): from an int size, a str with encoding, a bytes-like object or an iterable of ints. */
function bytesNew(type: PyObject, args: PyObject[], kwnamesObj: PyObject | null): PyObject {
  const kwnames = kwnamesObj === null ? null : (kwnamesObj.v as PyObject[]).map((k) => k.v as string);
  const [x, encO, errO] = unpackKeywords("bytes", args, kwnames, ["source", "encoding", "errors"]);
  let result: PyObject;
  if (x === undefined) {
    if (encO !== undefined) raise(TypeError, "encoding without a string argument");
    if (errO !== undefined) raise(TypeError, "errors without a string argument");
    result = EmptyBytes;
  } else if (encO !== undefined || errO !== undefined) {
    if (!isStr(x)) raise(TypeError, encO !== undefined ? "encoding without a string argument" : "errors without a string argument");
    if (encO === undefined) raise(TypeError, "string argument without an encoding");
    const encoding = strArg(encO, "bytes() argument 'encoding' must be str");
    const errors = errO === undefined ? "strict" : strArg(errO, "bytes() argument 'errors' must be str");
    result = newBytes(encodeText(x.v as string, encoding, errors));
  } else if (isStr(x)) {
    raise(TypeError, "string argument without an encoding");
  } else if (x.type === BytesType) {
    result = incref(x);
  } else if (bytesData(x) !== null) {
    result = newBytes(bytesData(x)!.slice());
  } else if (hasIndex(x)) {
    const n = indexValue(x)!;
    if (n < 0) raise(ValueError, "negative count");
    if (n > MAX_LENGTH) {
      if (typeof n === "bigint" && n >= 1n << 63n) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
      raiseEmpty(MemoryError);
    }
    result = freshBytes(new Uint8Array(Number(n)));
  } else if (x.type === ListType || x.type === TupleType) {
    // _PyBytes_FromList / _PyBytes_FromTuple
    const out = new Uint8Array((x.v as PyObject[]).length);
    (x.v as PyObject[]).forEach((item, i) => {
      const v = indexValue(item);
      if (v === null) raise(TypeError, `'${typeName(item)}' object cannot be interpreted as an integer`);
      if (v < 0 || v > 255) raise(ValueError, "bytes must be in range(0, 256)");
      out[i] = Number(v);
    });
    result = newBytes(out);
  } else {
    let it: PyObject;
    try {
      it = abstract.getIter(x);
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError)) {
        decref(e.exc);
        raise(TypeError, `cannot convert '${typeName(x)}' object to bytes`);
      }
      throw e;
    }
    const out: number[] = [];
    try {
      for (let item = abstract.iterNext(it); item !== null; item = abstract.iterNext(it)) {
        try {
          const v = indexValue(item);
          if (v === null) raise(TypeError, `'${typeName(item)}' object cannot be interpreted as an integer`);
          if (v < 0 || v > 255) raise(ValueError, "bytes must be in range(0, 256)");
          out.push(Number(v));
        } finally {
          decref(item);
        }
      }
    } finally {
      decref(it);
    }
    result = newBytes(Uint8Array.from(out));
  }
  if (type === BytesType) return result;
  const d = data(result);
  decref(result);
  const td = typeData(type);
  return allocObject(type, td.basicsize + d.length + td.preHeaderSize, d.slice(), null);
}

// ---------------------------------------------------------------- the type

const fast = (fn: (self: PyObject, args: PyObject[]) => PyObject): MethodDef => ({ kind: "fast", fn });
const fastkw = (fn: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject): MethodDef => ({ kind: "fastkw", fn });
const noargs = (fn: (self: PyObject) => PyObject): MethodDef => ({ kind: "noargs", fn });
const one = (fn: (self: PyObject, arg: PyObject) => PyObject): MethodDef => ({ kind: "o", fn });
/** METH_VARARGS in 3.12 (startswith, endswith, find, rfind, index, rindex, count): calls pack their arguments */
const varargs = (def: MethodDef): MethodDef => ({ ...def, varargs: true });

export const bytesMethods: Record<string, MethodDef> = {
  decode: fastkw(bytesDecode),
  hex: fastkw(bytesHex),
  join: one(bytesJoin),
  startswith: varargs(fast(bytesStartsEnds("startswith", -1))),
  endswith: varargs(fast(bytesStartsEnds("endswith", 1))),
  find: varargs(fast((self, args) => newInt(findImpl(self, args, "find", 1)))),
  rfind: varargs(fast((self, args) => newInt(findImpl(self, args, "rfind", -1)))),
  index: varargs(fast((self, args) => {
    const i = findImpl(self, args, "index", 1);
    if (i < 0) raise(ValueError, "subsection not found");
    return newInt(i);
  })),
  rindex: varargs(fast((self, args) => {
    const i = findImpl(self, args, "rindex", -1);
    if (i < 0) raise(ValueError, "subsection not found");
    return newInt(i);
  })),
  count: varargs(fast(bytesCount)),
  upper: noargs(asciiCase(true)),
  lower: noargs(asciiCase(false)),
  strip: fast(bytesStrip("strip", true, true)),
  lstrip: fast(bytesStrip("lstrip", true, false)),
  rstrip: fast(bytesStrip("rstrip", false, true)),
  split: fastkw((self, args, kw) => bytesSplitImpl(self, args, kw, "split", false)),
  rsplit: fastkw((self, args, kw) => bytesSplitImpl(self, args, kw, "rsplit", true)),
  replace: fast(bytesReplace),
  isascii: noargs((self) => pyBool(data(self).every((b) => b < 0x80))),
  isalpha: noargs(bytesPredicate(isAsciiAlpha)),
  isdigit: noargs(bytesPredicate(isAsciiDigit)),
  isalnum: noargs(bytesPredicate((c) => isAsciiAlpha(c) || isAsciiDigit(c))),
  isspace: noargs(bytesPredicate(ASCII_WS)),
  isupper: noargs((self) => bytesIsCase(self, true)),
  islower: noargs((self) => bytesIsCase(self, false)),
  istitle: noargs(bytesIstitle),
  title: noargs(mapBytes(titleBytes)),
  capitalize: noargs(mapBytes(capitalizeBytes)),
  swapcase: noargs(mapBytes(swapcaseBytes)),
  center: fast(bytesPad("center", (marg, width) => (marg >> 1) + (marg & width & 1))),
  ljust: fast(bytesPad("ljust", () => 0)),
  rjust: fast(bytesPad("rjust", (marg) => marg)),
  zfill: one(bytesZfill),
  partition: one((self, sep) => bytesPartition(self, sep, false)),
  rpartition: one((self, sep) => bytesPartition(self, sep, true)),
  splitlines: fastkw(bytesSplitlines),
  expandtabs: fastkw(bytesExpandtabs),
  removeprefix: one((self, a) => bytesRemoveAffix(self, a, true)),
  removesuffix: one((self, a) => bytesRemoveAffix(self, a, false)),
  __getnewargs__: noargs((self) => newTuple([newBytes(data(self).slice())])),
  __sizeof__: noargs((self) => newInt(33 + data(self).length)),
};

const bt = typeData(BytesType);
bt.dealloc = (o) => freeObject(o);
bt.repr = (o) => newStr(bytesRepr(data(o)));
bt.hash = bytesHash;
bt.richcompare = bytesRichCompare;
bt.concat = bytesConcat;
bt.repeat = bytesRepeat;
bt.contains = bytesContains;
bt.getitem = bytesGetItem;
bt.length = (o) => data(o).length;
bt.iter = bytesIter;
bt.new = bytesNew;
bt.mod = (a, b) => (isBytes(a) ? newBytes(s2b(bytesPercentFormat(a, b2s(data(a)), b))) : incref(NotImplemented));
bt.sizeof = (o) => 33 + data(o).length;
bt.methodDefs = { ...bt.methodDefs, ...bytesMethods };
bt.classMethodDefs = { ...bt.classMethodDefs, fromhex: one(bytesFromhex) };

export function bytesMethod(name: string): MethodDef {
  const m = bytesMethods[name] ?? bt.classMethodDefs[name];
  if (m === undefined) throw new Error(`no bytes method ${name}`);
  return m;
}


// ---------------------------------------------------------------- bytearray (minimal)
//
// Payload: `v` a Uint8Array view of the current contents (over a backing store of
// `w` bytes, CPython's ob_alloc), `weakrefs` the handle of the separately allocated
// buffer (0: none; bytearray cannot be weakly referenced). __sizeof__ = 56 + alloc.
// Growth follows bytearray_resize. Not modelled: ob_start (the logical offset that
// `del b[:n]` uses). Buffer exports (memoryviews) are counted in byteArrayExports.
//
// types.ts declares bytearray with the GC flag, which CPython's bytearray does not
// have; the object is allocated with CPython's 56 bytes regardless.

export function isByteArray(o: PyObject): boolean {
  return o.type === ByteArrayType || isSubtype(o.type, ByteArrayType);
}

/** A new bytearray holding a copy of `d` (alloc = size + 1, or 0 when empty). */
export function newByteArray(d: Uint8Array, type: PyObject = ByteArrayType): PyObject {
  const o = allocObject(type, 56, new Uint8Array(0), 0);
  o.weakrefs = 0;
  if (d.length > 0) {
    setAlloc(o, d.length + 1);
    const store = new Uint8Array(d.length + 1);
    store.set(d);
    o.v = store.subarray(0, d.length);
  }
  return o;
}

function setAlloc(o: PyObject, alloc: number): void {
  const h = o.weakrefs as number;
  if (alloc === 0) {
    freeBuffer(h);
    o.weakrefs = 0;
  } else o.weakrefs = h === 0 ? allocBuffer(alloc) : reallocBuffer(h, alloc);
  o.w = alloc;
}

/** bytearray_resize */
function byteArrayResize(o: PyObject, size: number): void {
  const cur = data(o);
  if (size === cur.length) return;
  if (byteArrayExports.has(o)) raise(BufferError, "Existing exports of data: object cannot be re-sized");
  let alloc = o.w as number;
  if (size + 1 <= alloc) {
    if (size < alloc / 2) alloc = size + 1;
    else {
      o.v = new Uint8Array(cur.buffer, cur.byteOffset, size);
      return;
    }
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (alloc > MAX_LENGTH) raiseEmpty(MemoryError);
  setAlloc(o, alloc);
  const store = new Uint8Array(alloc);
  store.set(cur.subarray(0, Math.min(size, cur.length)));
  o.v = store.subarray(0, size);
}

/** Replace the contents (resizing as CPython would). */
function byteArraySet(o: PyObject, d: Uint8Array): void {
  const copy = d.slice();
  byteArrayResize(o, copy.length);
  data(o).set(copy);
}

function byteArrayRepr(o: PyObject): string {
  const d = data(o);
  const hasSingle = d.includes(0x27);
  const quote = hasSingle && !d.includes(0x22) ? '"' : "'";
  let out = typeName(o) + "(b" + quote;
  for (const c of d) {
    if (c === 0x27 || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote + ")";
}

/** The ints of an iterable (bytearray(iterable), extend). */
function intsOf(x: PyObject): Uint8Array {
  const direct = bytesData(x);
  if (direct !== null) return direct.slice();
  if (x.type === ListType || x.type === TupleType) {
    const items = x.v as PyObject[];
    const out = new Uint8Array(items.length);
    items.forEach((item, i) => (out[i] = byteFromInt(item)));
    return out;
  }
  const it = abstract.getIter(x);
  const out: number[] = [];
  try {
    for (let item = abstract.iterNext(it); item !== null; item = abstract.iterNext(it)) {
      try {
        out.push(byteFromInt(item));
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

function byteFromInt(item: PyObject): number {
  const v = indexValue(item);
  if (v === null) raise(TypeError, `'${typeName(item)}' object cannot be interpreted as an integer`);
  if (v < 0 || v > 255) raise(ValueError, "byte must be in range(0, 256)");
  return Number(v);
}

function byteArrayNew(type: PyObject, args: PyObject[], kwnamesObj: PyObject | null): PyObject {
  const kwnames = kwnamesObj === null ? null : (kwnamesObj.v as PyObject[]).map((k) => k.v as string);
  const [x, encO, errO] = unpackKeywords("bytearray", args, kwnames, ["source", "encoding", "errors"]);
  let d: Uint8Array;
  if (x === undefined) {
    if (encO !== undefined) raise(TypeError, "encoding without a string argument");
    if (errO !== undefined) raise(TypeError, "errors without a string argument");
    d = new Uint8Array(0);
  } else if (encO !== undefined || errO !== undefined) {
    if (!isStr(x)) raise(TypeError, encO !== undefined ? "encoding without a string argument" : "errors without a string argument");
    if (encO === undefined) raise(TypeError, "string argument without an encoding");
    d = encodeText(x.v as string, strArg(encO, "bytearray() argument 'encoding' must be str"),
      errO === undefined ? "strict" : strArg(errO, "bytearray() argument 'errors' must be str"));
  } else if (isStr(x)) {
    raise(TypeError, "string argument without an encoding");
  } else if (bytesData(x) === null && hasIndex(x)) {
    const n = indexValue(x)!;
    if (n < 0) raise(ValueError, "negative count");
    if (n > MAX_LENGTH) raiseEmpty(MemoryError);
    d = new Uint8Array(Number(n));
  } else {
    try {
      d = intsOf(x);
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(e.exc.type, TypeError) && bytesData(x) === null && !hasIter(x)) {
        decref(e.exc);
        raise(TypeError, `cannot convert '${typeName(x)}' object to bytearray`);
      }
      throw e;
    }
  }
  return newByteArray(d, type);
}

function hasIter(o: PyObject): boolean {
  const t = typeData(o.type);
  return t.iter !== null || t.getitem !== null;
}

function byteArrayGetItem(o: PyObject, key: PyObject): PyObject {
  const d = data(o);
  if (hasIndex(key)) {
    let i = Number(indexValue(key)!);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise(IndexError, "bytearray index out of range");
    return newInt(d[i]!);
  }
  if (key.type === SliceType) {
    const { start, step, length } = sliceIndices(key, d.length);
    const out = new Uint8Array(Math.max(0, length));
    for (let i = 0, j = start; i < length; i++, j += step) out[i] = d[j]!;
    return newByteArray(out);
  }
  raise(TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
}

function byteArraySetItem(o: PyObject, key: PyObject, value: PyObject | null): void {
  const d = data(o);
  if (hasIndex(key)) {
    let i = Number(indexValue(key)!);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise(IndexError, "bytearray index out of range");
    if (value === null) {
      const rest = d.slice(i + 1);
      byteArrayResize(o, d.length - 1);
      data(o).set(rest, i);
      return;
    }
    d[i] = byteFromInt(value);
    return;
  }
  if (key.type !== SliceType) raise(TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
  const { start, stop, step, length } = sliceIndices(key, d.length);
  let src: Uint8Array;
  if (value === null) src = new Uint8Array(0);
  else if (value === o) src = d.slice();
  else {
    if (isStr(value) || hasIndex(value)) raise(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    src = intsOf(value);
  }
  if (step === 1) {
    const lo = start;
    const hi = Math.max(start, stop);
    const joined = new Uint8Array(d.length - (hi - lo) + src.length);
    joined.set(d.subarray(0, lo));
    joined.set(src, lo);
    joined.set(d.subarray(hi), lo + src.length);
    byteArraySet(o, joined);
    return;
  }
  if (value === null) {
    const drop = new Set<number>();
    for (let i = 0, j = start; i < length; i++, j += step) drop.add(j);
    byteArraySet(o, d.filter((_, i) => !drop.has(i)));
    return;
  }
  if (src.length !== length) {
    raise(ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${length}`);
  }
  for (let i = 0, j = start; i < length; i++, j += step) d[j] = src[i]!;
}

/** bytes methods that read only: the same code serves bytearray, with bytes results copied to bytearrays. */
function asByteArrayResult(r: PyObject): PyObject {
  if (r.type === BytesType) {
    const out = newByteArray(data(r));
    decref(r);
    return out;
  }
  if (r.type === ListType || r.type === TupleType) {
    const items = r.v as PyObject[];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.type === BytesType) {
        items[i] = newByteArray(data(item));
        decref(item);
      }
    }
  }
  return r;
}

function wrapForByteArray(def: MethodDef): MethodDef {
  switch (def.kind) {
    case "noargs": return { kind: "noargs", fn: (self) => asByteArrayResult(def.fn(self)) };
    case "o": return { kind: "o", fn: (self, a) => asByteArrayResult(def.fn(self, a)) };
    case "fast": return { kind: "fast", fn: (self, a) => asByteArrayResult(def.fn(self, a)) };
    default: return { kind: "fastkw", fn: (self, a, k) => asByteArrayResult(def.fn(self, a, k)) };
  }
}

export const BytearrayIterType = makeStaticType("bytearray_iterator", 32, 0, TPFLAGS_HAVE_GC);
{
  const d = typeData(BytearrayIterType);
  d.dealloc = iterData.dealloc;
  d.traverse = iterData.traverse;
  d.iter = iterData.iter;
  d.iternext = iterData.iternext;
  d.sizeof = () => 32;
  d.methodDefs = { ...iterData.methodDefs };
}

const ba = typeData(ByteArrayType);
const baMethods: Record<string, MethodDef> = {};
for (const [name, def] of Object.entries(bytesMethods)) {
  if (name === "__getnewargs__" || name === "__sizeof__") continue;
  baMethods[name] = def.kind === "noargs" && name.startsWith("is") ? def : wrapForByteArray(def);
}
for (const name of ["decode", "hex", "find", "rfind", "index", "rindex", "count", "startswith", "endswith"]) {
  baMethods[name] = bytesMethods[name]!;
}
Object.assign(baMethods, {
  append: one((self, item) => {
    const b = byteFromInt(item);
    const n = data(self).length;
    byteArrayResize(self, n + 1);
    data(self)[n] = b;
    return None;
  }),
  extend: one((self, x) => {
    const add = intsOf(x);
    const n = data(self).length;
    byteArrayResize(self, n + add.length);
    data(self).set(add, n);
    return None;
  }),
  pop: fast((self, args) => {
    checkPositional("pop", args.length, 0, 1);
    const d = data(self);
    if (d.length === 0) raise(IndexError, "pop from empty bytearray");
    let i = args[0] === undefined ? -1 : asSsize(args[0]);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise(IndexError, "pop index out of range");
    const v = d[i]!;
    const rest = d.slice(i + 1);
    byteArrayResize(self, d.length - 1);
    data(self).set(rest, i);
    return newInt(v);
  }),
  insert: fast((self, args) => {
    checkPositional("insert", args.length, 2, 2);
    const d = data(self);
    let i = asSsize(args[0]!);
    const b = byteFromInt(args[1]!);
    if (i < 0) i = Math.max(0, i + d.length);
    if (i > d.length) i = d.length;
    const rest = d.slice(i);
    byteArrayResize(self, d.length + 1);
    data(self)[i] = b;
    data(self).set(rest, i + 1);
    return None;
  }),
  remove: one((self, item) => {
    const b = byteFromInt(item);
    const d = data(self);
    const i = d.indexOf(b);
    if (i < 0) raise(ValueError, "value not found in bytearray");
    const rest = d.slice(i + 1);
    byteArrayResize(self, d.length - 1);
    data(self).set(rest, i);
    return None;
  }),
  clear: noargs((self) => {
    byteArrayResize(self, 0);
    return None;
  }),
  reverse: noargs((self) => {
    data(self).reverse();
    return None;
  }),
  copy: noargs((self) => newByteArray(data(self))),
  __sizeof__: noargs((self) => newInt(56 + (self.w as number))),
  __alloc__: noargs((self) => newInt(self.w as number)),
});

ba.dealloc = (o) => {
  freeBuffer(o.weakrefs as number);
  o.weakrefs = 0;
  freeObject(o);
};
ba.repr = (o) => newStr(byteArrayRepr(o));
ba.str = ba.repr;
ba.richcompare = (a, b, op) => {
  const x = bytesData(a);
  const y = bytesData(b);
  if (x === null || y === null) return incref(NotImplemented);
  const c = compareBytes(x, y);
  return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
};
ba.length = (o) => data(o).length;
ba.getitem = byteArrayGetItem;
ba.setitem = byteArraySetItem;
ba.contains = (o, item) => {
  const b = byteValue(item);
  if (b !== null) return data(o).includes(b);
  return b2s(data(o)).includes(b2s(needBytes(item)));
};
ba.concat = (a, b) => {
  const x = bytesData(a);
  const y = bytesData(b);
  if (x === null || y === null) raise(TypeError, `can't concat ${typeName(b)} to ${typeName(a)}`);
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return newByteArray(out);
};
ba.inplace = {
  ...ba.inplace,
  concat: (a, b) => {
    const y = bytesData(b);
    if (y === null) raise(TypeError, `can't concat ${typeName(b)} to ${typeName(a)}`);
    const add = y.slice();
    const n = data(a).length;
    byteArrayResize(a, n + add.length);
    data(a).set(add, n);
    return incref(a);
  },
  // bytearray_irepeat (sq_inplace_repeat): `b *= n` keeps the object
  mul: (a, b) => {
    if (!hasIndex(b)) return incref(NotImplemented);
    const count = asSsize(b);
    const d = data(a).slice();
    const times = count < 1 || d.length === 0 ? 0 : count;
    if (d.length * times > MAX_LENGTH) raiseEmpty(MemoryError);
    byteArrayResize(a, d.length * times);
    for (let i = 0; i < times; i++) data(a).set(d, i * d.length);
    return incref(a);
  },
};
ba.repeat = (o, count) => {
  const d = data(o);
  if (count < 1 || d.length === 0) return newByteArray(new Uint8Array(0));
  if (d.length * count > MAX_LENGTH) raiseEmpty(MemoryError);
  const out = new Uint8Array(d.length * count);
  for (let i = 0; i < count; i++) out.set(d, i * d.length);
  return newByteArray(out);
};
ba.iter = (o) => {
  const it = allocObject(BytearrayIterType, 48, incref(o), 0);
  gcTrack(it);
  return it;
};
ba.new = byteArrayNew;
ba.hash = null;
ba.sizeof = (o) => 56 + (o.w as number);
ba.mod = (a, b) => (isByteArray(a) ? newByteArray(s2b(bytesPercentFormat(a, b2s(data(a)), b))) : incref(NotImplemented));
ba.methodDefs = { ...ba.methodDefs, ...baMethods };
ba.classMethodDefs = { ...ba.classMethodDefs, fromhex: one((t, arg) => asByteArrayResult(bytesFromhex(t, arg))) };

export function byteArrayMethod(name: string): MethodDef {
  const m = baMethods[name] ?? ba.classMethodDefs[name];
  if (m === undefined) throw new Error(`no bytearray method ${name}`);
  return m;
}
