// str (Objects/unicodeobject.c), the core: construction with CPython 3.12's compact
// layouts and sizes, the static singletons, interning, hashing. Methods are added by
// strmethods.ts.
//
// Payload: `v` is the JS string (UTF-16; a surrogate pair is one code point),
// `w` packs the code-point length and the kind: (length << 3) | KIND, where KIND is
// 0 for ASCII, 1 for other latin-1, 2 for UCS-2, 4 for UCS-4. A str cannot be weakly
// referenced, so its `weakrefs` field caches its hash (a bigint) once computed.
import { hashSecretFromEnv, hashStr, type HashSecret } from "./pyhash.js";
import { isImmortal, makeImmortal, PyObject } from "./object.js";
import { allocObject, freeObject, onRuntimeReset } from "./runtime.js";
import { staticObject } from "./singletons.js";
import { StrType } from "./types.js";
import { tp } from "./typeobject.js";

export const KIND_ASCII = 0;
export const KIND_LATIN1 = 1;
export const KIND_UCS2 = 2;
export const KIND_UCS4 = 4;

export const hashSecret: HashSecret = hashSecretFromEnv(typeof process !== "undefined" ? process.env["PYTHONHASHSEED"] : undefined);

/** Code-point length and kind of a JS string, packed as in `w`. */
export function strMeta(s: string): number {
  let maxCode = 0;
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        maxCode = 0x10000;
      }
    }
    if (c > maxCode) maxCode = c;
    length++;
  }
  const kind = maxCode < 0x80 ? KIND_ASCII : maxCode < 0x100 ? KIND_LATIN1 : maxCode < 0x10000 ? KIND_UCS2 : KIND_UCS4;
  return length * 8 + kind;
}

export function strLength(o: PyObject): number {
  return Math.floor((o.w as number) / 8);
}

export function strKind(o: PyObject): number {
  return (o.w as number) & 7;
}

/** The block size CPython allocates: 40-byte ASCII header or 56-byte compact header, one extra char. */
export function strAllocSize(meta: number): number {
  const length = Math.floor(meta / 8);
  const kind = meta & 7;
  if (kind === KIND_ASCII) return 40 + length + 1;
  return 56 + (length + 1) * (kind === KIND_LATIN1 ? 1 : kind);
}

// ---- singletons and caches ----------------------------------------------------------

/** '' and the 256 one-character latin-1 strings are static and immortal. */
export const EmptyStr = staticObject(StrType, "", 41);
EmptyStr.w = 0;
const latin1Chars: PyObject[] = [];
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  const o = staticObject(StrType, ch, c < 128 ? 42 : 61);
  o.w = strMeta(ch);
  latin1Chars.push(o);
}

let interned = new Map<string, PyObject>();
onRuntimeReset(() => {
  interned = new Map();
});

/** A new str object for a JS string (a new reference; singletons for '' and latin-1 chars). */
export function newStr(s: string): PyObject {
  if (s.length <= 1) {
    if (s.length === 0) return EmptyStr;
    const c = s.charCodeAt(0);
    if (c < 256) return latin1Chars[c]!;
  }
  const meta = strMeta(s);
  return allocObject(StrType, strAllocSize(meta), s, meta);
}

/**
 * A new str whose code-point length and kind the caller already knows (concatenation,
 * repetition, join: the result's kind is the widest part's, so no rescan is needed).
 * Never a cached singleton: the caller builds it as PyUnicode_New would.
 */
export function newStrWithMeta(s: string, meta: number): PyObject {
  return allocObject(StrType, strAllocSize(meta), s, meta);
}

/** The meta of a concatenation: lengths add, the wider kind wins (kinds are 0, 1, 2, 4). */
export function concatMeta(a: number, b: number): number {
  const kind = Math.max(a & 7, b & 7);
  return (Math.floor(a / 8) + Math.floor(b / 8)) * 8 + kind;
}

/** PyUnicode_InternInPlace: the interned copy of `s`, immortal in 3.12. */
export function internStr(s: string): PyObject {
  const found = interned.get(s);
  if (found !== undefined) return found;
  const o = newStr(s);
  if (o.rc < (1 << 28)) makeImmortal(o);
  interned.set(s, o);
  return o;
}

/** sys.intern(o): the interned object equal to o (o itself if it becomes the interned one). */
export function internObject(o: PyObject): PyObject {
  const s = o.v as string;
  const found = interned.get(s);
  if (found !== undefined) return found;
  if (o.type !== StrType) return o;
  makeImmortal(o);
  interned.set(s, o);
  return o;
}

export function isInterned(o: PyObject): boolean {
  // interned strings are immortal (3.12): a mortal one needs no lookup of its text
  return isImmortal(o) && interned.get(o.v as string) === o;
}

/** str.__hash__: SipHash-1-3 over the internal representation, cached. */
export function strHash(o: PyObject): bigint {
  // An exact str has no weakref list: that field caches its hash. Instances of str
  // subclasses are GC objects with weakref support, so theirs is recomputed.
  if (o.type !== StrType) return hashStr(o.v as string, hashSecret);
  let h = o.weakrefs as bigint | null;
  if (h === null) {
    h = hashStr(o.v as string, hashSecret);
    o.weakrefs = h;
    // An exact str is not a GC object: its gc fields keep the hash's 32-bit halves for
    // the dict probe (dictobject.ts lookupUnicodeStr), so lookups need no bigint work.
    o.gcRefs = Number(BigInt.asUintN(32, h));
    o.gcFlags = Number(BigInt.asUintN(32, h >> 32n));
  }
  return h;
}

/** Immortal interned strings, and the static ones, outlive every run. */
export function interningTable(): ReadonlyMap<string, PyObject> {
  return interned;
}

const data = tp(EmptyStr);
data.dealloc = (o) => freeObject(o);
data.hash = strHash;
data.length = strLength;
/**
 * str.__sizeof__ of an exact str: its block, plus the UTF-8 copy CPython attaches to
 * chr(128)..chr(255), which are built with their 2-byte UTF-8 form (_PyUnicode_LATIN1_INIT): + 3.
 */
export function exactStrSizeof(o: PyObject): number {
  return strAllocSize(o.w as number) + (o.w === 8 + KIND_LATIN1 && latin1Chars[(o.v as string).charCodeAt(0)] === o ? 3 : 0);
}
data.sizeof = exactStrSizeof;
