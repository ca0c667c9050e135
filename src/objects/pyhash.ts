// hash() as CPython 3.12 computes it on 64-bit Linux (Python/pyhash.c,
// Objects/longobject.c long_hash, Objects/tupleobject.c, Objects/setobject.c,
// Objects/complexobject.c, Python/bootstrap_hash.c). Every function returns the
// Py_hash_t as a signed 64-bit bigint; -1 is reserved for "error" in C, so each
// algorithm maps it to -2 (or to its own replacement constant) as CPython does.

const MASK64 = (1n << 64n) - 1n;

// Numeric hashes reduce modulo the Mersenne prime 2**61 - 1 so that equal numbers
// of different types (int, float, complex, Fraction, Decimal) hash equally.
export const HASH_MODULUS = (1n << 61n) - 1n;
const MODULUS_NUM = 2 ** 61 - 1;
export const HASH_INF = 314159n;
export const HASH_IMAG = 1000003n;

function fixMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

function toSigned(u: bigint): bigint {
  return BigInt.asIntN(64, u);
}

// ---------------------------------------------------------------- int

/** long_hash: sign(v) * (|v| mod 2**61-1), then -1 -> -2. */
export function hashInt(v: bigint | number): bigint {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new RangeError(`hashInt: ${v} is not an integer`);
    // Every safe integer is already below the modulus, so it is its own hash.
    if (Number.isSafeInteger(v)) return v === -1 ? -2n : BigInt(v);
    v = BigInt(v);
  }
  const r = v >= 0n ? v % HASH_MODULUS : -(-v % HASH_MODULUS);
  return fixMinusOne(r);
}

// ---------------------------------------------------------------- pointer / float

/** _Py_HashPointer: the address rotated right by 4 bits (the low bits of an
 *  aligned pointer are always zero). Used for object() and, in 3.12, for NaN. */
export function hashPointer(address: bigint | number): bigint {
  const y = BigInt.asUintN(64, BigInt(address));
  const rotated = ((y >> 4n) | (y << 60n)) & MASK64;
  return fixMinusOne(toSigned(rotated));
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian hosts: [low, high]

/**
 * _Py_HashDouble: a finite float hashes as the rational it equals, reduced modulo
 * 2**61-1 (so integral floats hash like ints); ±inf hash to ±314159; NaN hashes by
 * object identity since 3.10, so the caller passes the object's address.
 */
export function hashFloat(x: number, identity: bigint | number = 0): bigint {
  if (Number.isInteger(x) && Math.abs(x) < MODULUS_NUM) return x === -1 ? -2n : BigInt(x);
  if (Number.isNaN(x)) return hashPointer(identity);
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  f64[0] = Math.abs(x);
  const hi = u32[1]!;
  const lo = u32[0]!;
  const biased = hi >>> 20;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal: no hidden bit
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  // 2**61 ≡ 1 (mod 2**61-1), so 2**e ≡ 2**(e mod 61), also for negative e.
  const shift = BigInt(((exponent % 61) + 61) % 61);
  const r = (mantissa << shift) % HASH_MODULUS;
  return fixMinusOne(x < 0 ? -r : r);
}

/** complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic.
 *  A NaN part hashes by the complex object's identity. */
export function hashComplex(real: number, imag: number, identity: bigint | number = 0): bigint {
  const hr = hashFloat(real, identity);
  const hi = hashFloat(imag, identity);
  return fixMinusOne(toSigned(hr + HASH_IMAG * hi));
}

// ---------------------------------------------------------------- tuple

// tuplehash in 3.8+: a variant of xxHash64's round over the item hashes.
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function rotl64(x: bigint, n: bigint): bigint {
  return ((x << n) | (x >> (64n - n))) & MASK64;
}

/** hash(tuple) given hash() of each item, in order. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & MASK64;
    acc = rotl64(acc, 31n);
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return toSigned(acc);
}

// ---------------------------------------------------------------- frozenset

/** setobject.c _shuffle_bits: spreads similar hashes before they are xor-ed. */
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;
}

/**
 * frozenset_hash given the hashes of its (distinct) members, in any order. CPython
 * xors over the whole table and then cancels the empty and dummy slots, which
 * leaves exactly the xor over the members.
 */
export function hashFrozenset(itemHashes: readonly bigint[]): bigint {
  let h = 0n;
  for (const item of itemHashes) h ^= shuffleBits(BigInt.asUintN(64, item));
  h ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  if (h === MASK64) h = 590923713n;
  return toSigned(h);
}

// ---------------------------------------------------------------- hash secret

/** The 24-byte _Py_HashSecret; SipHash keys are its first two little-endian words. */
export interface HashSecret {
  readonly bytes: Uint8Array;
  /** k0 low, k0 high, k1 low, k1 high (32-bit halves of the SipHash key). */
  readonly key: Uint32Array;
}

const SECRET_SIZE = 24;

function secretFromBytes(bytes: Uint8Array): HashSecret {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const key = new Uint32Array([
    view.getUint32(0, true), view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true),
  ]);
  return { bytes, key };
}

/**
 * PYTHONHASHSEED semantics (bootstrap_hash.c _Py_HashRandomization_Init): 0 turns
 * randomisation off (all-zero secret); any other 32-bit seed fills the secret from
 * the MSVC-style LCG in lcg_urandom, one byte (bits 16..23) per step; "random"
 * (or unset) reads the OS random source.
 */
export function hashSecretFromSeed(seed: number | "random"): HashSecret {
  const bytes = new Uint8Array(SECRET_SIZE);
  if (seed === "random") {
    globalThis.crypto.getRandomValues(bytes);
    return secretFromBytes(bytes);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError('PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]');
  }
  let x = seed >>> 0;
  if (x !== 0) {
    for (let i = 0; i < SECRET_SIZE; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
  }
  return secretFromBytes(bytes);
}

/** Parse the PYTHONHASHSEED environment value like config_init_hash_seed: "random"
 *  or strtoul() of the whole text (leading blanks and a sign allowed, nothing after). */
export function hashSecretFromEnv(value: string | undefined): HashSecret {
  if (value === undefined || value === "" || value === "random") return hashSecretFromSeed("random");
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(value);
  const magnitude = m === null ? NaN : Number(m[2]);
  if (m === null || magnitude > 0xffffffff || (m[1] === "-" && magnitude !== 0)) {
    throw new RangeError('PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]');
  }
  return hashSecretFromSeed(magnitude);
}

export const ZERO_HASH_SECRET: HashSecret = hashSecretFromSeed(0);

// ---------------------------------------------------------------- SipHash-1-3

// The state v0..v3 lives in 32-bit halves (h = high word, l = low word) held in
// locals so the rounds run on plain int32 arithmetic. Measured on a 10-char str:
// ~9M hashes/s, against ~1M with the state in module-level variables and ~0.3M
// with BigInt words (which allocate on every step).

function readLE32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

const result64 = new DataView(new ArrayBuffer(8));

/**
 * SipHash-1-3 of bytes[0:len] (pyhash.c siphash13): one SipRound per 8-byte
 * little-endian word, a final word holding the tail bytes and len << 56, then
 * v2 ^= 0xff and three more rounds. Iteration w of the single loop below absorbs
 * word w (w <= words) or is a finishing round (w > words).
 */
function siphash13(key: Uint32Array, b: Uint8Array, len: number): bigint {
  const k0l = key[0]!, k0h = key[1]!, k1l = key[2]!, k1h = key[3]!;
  let v0h = k0h ^ 0x736f6d65, v0l = k0l ^ 0x70736575;
  let v1h = k1h ^ 0x646f7261, v1l = k1l ^ 0x6e646f6d;
  let v2h = k0h ^ 0x6c796765, v2l = k0l ^ 0x6e657261;
  let v3h = k1h ^ 0x74656462, v3l = k1l ^ 0x79746573;
  const words = len >>> 3;
  let mh = 0, ml = 0, t = 0, h = 0, l = 0;
  for (let w = 0; w <= words + 3; w++) {
    if (w < words) {
      ml = readLE32(b, 8 * w); mh = readLE32(b, 8 * w + 4);
    } else if (w === words) {
      ml = 0; mh = (len & 0xff) << 24;
      for (let i = 8 * w, j = 0; i < len; i++, j++) {
        if (j < 4) ml |= b[i]! << (8 * j);
        else mh |= b[i]! << (8 * (j - 4));
      }
    } else {
      mh = 0; ml = 0;
      if (w === words + 1) v2l ^= 0xff;
    }
    v3h ^= mh; v3l ^= ml;
    // SipRound = HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    l = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (l > 0xffffffff ? 1 : 0)) | 0; v0l = l | 0;
    l = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (l > 0xffffffff ? 1 : 0)) | 0; v2l = l | 0;
    h = ((v1h << 13) | (v1l >>> 19)) ^ v0h; v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l; v1h = h;
    h = ((v3h << 16) | (v3l >>> 16)) ^ v2h; v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l; v3h = h;
    t = v0h; v0h = v0l; v0l = t;
    l = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (l > 0xffffffff ? 1 : 0)) | 0; v2l = l | 0;
    l = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (l > 0xffffffff ? 1 : 0)) | 0; v0l = l | 0;
    h = ((v1h << 17) | (v1l >>> 15)) ^ v2h; v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l; v1h = h;
    h = ((v3h << 21) | (v3l >>> 11)) ^ v0h; v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l; v3h = h;
    t = v2h; v2h = v2l; v2l = t;
    v0h ^= mh; v0l ^= ml;
  }
  result64.setInt32(0, v0l ^ v1l ^ v2l ^ v3l, true);
  result64.setInt32(4, v0h ^ v1h ^ v2h ^ v3h, true);
  const r = result64.getBigInt64(0, true);
  return r === -1n ? -2n : r;
}

/** hash(bytes): 0 for b'', else SipHash-1-3 of the bytes. */
export function hashBytes(data: Uint8Array, secret: HashSecret): bigint {
  if (data.length === 0) return 0n;
  return siphash13(secret.key, data, data.length);
}

// Scratch buffer for a str's internal representation; grown on demand.
let scratch = new Uint8Array(256);

function ensureScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/**
 * PEP 393 kind of a str: 1 if every code point < 256, 2 if < 65536, else 4.
 * A JS surrogate pair is one astral code point; a lone surrogate is a UCS-2 char.
 */
function strKind(s: string): 1 | 2 | 4 {
  let kind: 1 | 2 | 4 = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 256) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 4;
    }
    kind = 2;
  }
  return kind;
}

/** Write s in its PEP 393 representation (little-endian) and return the byte length. */
function encodeInternal(s: string, kind: 1 | 2 | 4): number {
  if (kind === 1) {
    const b = ensureScratch(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return s.length;
  }
  if (kind === 2) {
    const b = ensureScratch(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      b[2 * i] = c & 0xff;
      b[2 * i + 1] = c >>> 8;
    }
    return s.length * 2;
  }
  const b = ensureScratch(s.length * 4);
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    b[n] = cp & 0xff; b[n + 1] = (cp >>> 8) & 0xff; b[n + 2] = cp >>> 16; b[n + 3] = 0;
    n += 4;
  }
  return n;
}

/** hash(str): SipHash-1-3 over the PEP 393 buffer (length * kind bytes); '' -> 0. */
export function hashStr(s: string, secret: HashSecret): bigint {
  if (s.length === 0) return 0n;
  const kind = strKind(s);
  const len = encodeInternal(s, kind);
  const h = siphash13(secret.key, scratch, len);
  if (scratch.length > 1 << 20) scratch = new Uint8Array(256); // don't pin a huge buffer
  return h;
}
