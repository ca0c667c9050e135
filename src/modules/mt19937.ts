// The `random` module's generator: CPython's Mersenne Twister (Modules/_randommodule.c,
// itself Matsumoto & Nishimura's mt19937ar) and the Lib/random.py 3.12 algorithms
// built on it, reproducing CPython's sequences for the same seed.

import { createHash, randomBytes } from "node:crypto";
import { hashFloat } from "../objects/pyhash.js";

/** A Python exception raised by the generator: the object layer maps it. */
export class PyRandomError extends Error {
  constructor(readonly pyType: "ValueError" | "IndexError" | "TypeError" | "UnicodeEncodeError", message: string) {
    super(message);
    this.name = pyType;
  }
}

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
/** random.NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0), as CPython computes it. */
const NV_MAGICCONST = 1.7155277699214135;
const LOWER_MASK = 0x7fffffff;

/** Random.getstate(): (VERSION, 624 state words + index, gauss_next). */
export type RandomState = [3, number[], number | null];

export type SeedValue = bigint | number | string | Uint8Array | null;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

function absBig(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Big-endian unsigned int of the bytes: int.from_bytes(b) (byteorder='big' in 3.11+). */
function bytesToBigInt(b: Uint8Array): bigint {
  let hex = "";
  for (const byte of b) hex += byte.toString(16).padStart(2, "0");
  return hex === "" ? 0n : BigInt("0x" + hex);
}

/** str.encode() (UTF-8, strict): lone surrogates are an error. */
function encodeUtf8(s: string): Uint8Array {
  let pos = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      throw new PyRandomError("UnicodeEncodeError",
        `'utf-8' codec can't encode character '\\u${cp.toString(16)}' in position ${pos}: surrogates not allowed`);
    }
    pos++;
  }
  return new TextEncoder().encode(s);
}

export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;
  /** random.py's cached second normal deviate of gauss(). */
  gaussNext: number | null = null;

  constructor(seed?: SeedValue) {
    this.seedObject(seed ?? null);
  }

  // ------------------------------------------------------------ seeding

  /** init_genrand: the reference single-word initialisation. */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: mixes an arbitrary-length key into the state. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const keyLength = key.length;
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    this.index = N;
  }

  /** random_seed for an int: abs(n) split into 32-bit words, least significant first. */
  seed(n: bigint): void {
    let v = absBig(n);
    const words = Math.max(1, Math.ceil(bitLength(v) / 32));
    const key = new Uint32Array(words);
    for (let i = 0; i < words; i++) {
      key[i] = Number(v & 0xffffffffn);
      v >>= 32n;
    }
    this.initByArray(key);
    this.gaussNext = null;
  }

  /**
   * Random.seed(a) with version=2: None reads 624 words of OS entropy; an int is used
   * whole; a str (UTF-8) or bytes becomes int.from_bytes(a + sha512(a).digest());
   * a float seeds with hash(a) as an unsigned 64-bit int. `identity` is the float's
   * address, needed only for a NaN (which hashes by identity).
   */
  seedObject(a: SeedValue, identity: bigint | number = 0): void {
    if (a === null) {
      const bytes = randomBytes(N * 4);
      this.initByArray(new Uint32Array(bytes.buffer, bytes.byteOffset, N));
      this.gaussNext = null;
      return;
    }
    if (typeof a === "bigint") return this.seed(a);
    if (typeof a === "number") return this.seed(BigInt.asUintN(64, hashFloat(a, identity)));
    const bytes = typeof a === "string" ? encodeUtf8(a) : a;
    const digest = createHash("sha512").update(bytes).digest();
    const joined = new Uint8Array(bytes.length + digest.length);
    joined.set(bytes, 0);
    joined.set(digest, bytes.length);
    this.seed(bytesToBigInt(joined));
  }

  /**
   * Random.seed(a, version=1) for a str or bytes (bytes are read as latin-1): the
   * old string hash, x = ord(a[0]) << 7, then x = (1000003*x ^ c) mod 2**64 per
   * char, x ^= len(a). Other seed types ignore the version.
   */
  seedVersion1(a: string | Uint8Array): void {
    const codes = typeof a === "string" ? Array.from(a, (ch) => ch.codePointAt(0)!) : Array.from(a);
    const mask = (1n << 64n) - 1n;
    let x = codes.length > 0 ? BigInt(codes[0]!) << 7n : 0n;
    for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & mask;
    x ^= BigInt(codes.length);
    this.seed(x);
  }

  // ------------------------------------------------------------ core output

  /** genrand_uint32: next tempered 32-bit output, regenerating the block as needed. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits as a float in [0, 1) — (a*2**26 + b) / 2**53. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** getrandbits(k): k bits, built from 32-bit words least significant first;
   *  the last partial word keeps its high bits. */
  getrandbits(k: number): bigint {
    if (k < 0) throw new PyRandomError("ValueError", "number of bits must be non-negative");
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.nextUint32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
    }
    return result;
  }

  /** getrandbits(k) for k <= 32 as a JS number. */
  private bits32(k: number): number {
    return k === 0 ? 0 : this.nextUint32() >>> (32 - k);
  }

  /** randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'). */
  randbytes(n: number): Uint8Array {
    let v = this.getrandbits(n * 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return out;
  }

  // ------------------------------------------------------------ random.py integers

  /** _randbelow_with_getrandbits(n), n > 0: rejection sampling with k = n.bit_length(). */
  randbelow(n: bigint): bigint {
    // random.py never calls it with n <= 0 (it would loop forever there)
    if (n <= 0n) throw new RangeError("randbelow needs n > 0");
    if (n < 0x100000000n) return BigInt(this.randbelowNumber(Number(n)));
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randbelow for 0 < n < 2**32 without BigInt. */
  randbelowNumber(n: number): number {
    if (!(n > 0)) throw new RangeError("randbelow needs n > 0");
    const k = 32 - Math.clz32(n);
    let r = this.bits32(k);
    while (r >= n) r = this.bits32(k);
    return r;
  }

  /** randrange(start[, stop[, step]]) with random.py's checks and messages. */
  randrange(start: bigint, stop: bigint | null = null, step: bigint | null = null): bigint {
    if (stop === null) {
      if (step !== null) throw new PyRandomError("TypeError", "Missing a non-None stop argument");
      if (start > 0n) return this.randbelow(start);
      throw new PyRandomError("ValueError", "empty range for randrange()");
    }
    const width = stop - start;
    const istep = step ?? 1n;
    if (istep === 1n) {
      if (width > 0n) return start + this.randbelow(width);
      throw new PyRandomError("ValueError", `empty range in randrange(${start}, ${stop})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new PyRandomError("ValueError", "zero step for randrange()");
    if (n <= 0n) throw new PyRandomError("ValueError", `empty range in randrange(${start}, ${stop}, ${istep})`);
    return start + istep * this.randbelow(n);
  }

  /** randint(a, b) == randrange(a, b + 1). */
  randint(a: bigint, b: bigint): bigint {
    return this.randrange(a, b + 1n);
  }

  // ------------------------------------------------------------ sequences

  /** The index choice(seq) picks for len(seq) == length. */
  choiceIndex(length: number): number {
    if (length === 0) throw new PyRandomError("IndexError", "Cannot choose from an empty sequence");
    return this.randbelowIndex(length);
  }

  choice<T>(seq: readonly T[]): T {
    return seq[this.choiceIndex(seq.length)]!;
  }

  /** shuffle(x): Fisher-Yates from the end, j = randbelow(i + 1). */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelowIndex(i + 1);
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /**
   * The indices sample(range(n), k) returns. Small populations use a partial
   * shuffle of a pool; large ones retry into a set, the switch point being where
   * CPython estimates a k-element set outgrows an n-element list.
   */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new PyRandomError("ValueError", "Sample larger than population or is negative");
    const result: number[] = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelowIndex(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelowIndex(n);
        while (selected.has(j)) j = this.randbelowIndex(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  sample<T>(population: readonly T[], k: number): T[] {
    return this.sampleIndices(population.length, k).map((i) => population[i]!);
  }

  /** sample(population, k, counts=counts) as indices into population. */
  sampleCountsIndices(counts: readonly number[], k: number): number[] {
    const cum: number[] = [];
    let total = 0;
    for (const c of counts) cum.push((total += c));
    if (cum.length === 0) throw new PyRandomError("IndexError", "pop from empty list");
    cum.pop();
    if (total <= 0) throw new PyRandomError("ValueError", "Total of counts must be greater than zero");
    return this.sampleIndices(total, k).map((s) => bisectRight(cum, s));
  }

  /** choices(range(n), k=k) without weights: floor(random() * n). */
  choicesIndices(n: number, k: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
    return out;
  }

  /**
   * choices(population, cum_weights=cumWeights, k=k) as indices: bisect_right over
   * the cumulative weights of random() * total, limited to the last index.
   * (For weights=, pass their running sums.) len(cumWeights) must equal len(population).
   */
  choicesWeightedIndices(cumWeights: readonly number[], k: number): number[] {
    const n = cumWeights.length;
    const total = (cumWeights[n - 1] ?? NaN) + 0.0;
    if (n === 0) throw new PyRandomError("IndexError", "list index out of range");
    if (total <= 0) throw new PyRandomError("ValueError", "Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new PyRandomError("ValueError", "Total of weights must be finite");
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, n - 1));
    return out;
  }

  private randbelowIndex(n: number): number {
    return n < 0x100000000 ? this.randbelowNumber(n) : Number(this.randbelow(BigInt(n)));
  }

  // ------------------------------------------------------------ floats

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /**
   * gauss(mu, sigma): Box-Muller, caching the second deviate. CPython calls glibc's
   * log/cos/sin, which are (in practice) correctly rounded; V8's Math.log/cos/sin are
   * not (their last bit differs for ~5% of inputs), so this uses the correctly
   * rounded versions below.
   */
  gauss(mu = 0, sigma = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * (2 * Math.PI);
      const g2rad = Math.sqrt(-2 * crLog(1 - this.random()));
      const [sin, cos] = crSinCos(x2pi);
      z = cos * g2rad;
      this.gaussNext = sin * g2rad;
    }
    return mu + z * sigma;
  }

  /** expovariate(lambd): -log(1 - random()) / lambd. */
  expovariate(lambd = 1): number {
    return -crLog(1 - this.random()) / lambd;
  }

  /** normalvariate(mu, sigma): Kinderman and Monahan's ratio method. */
  normalvariate(mu = 0, sigma = 1): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4 <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  /** triangular(low, high, mode); mode null means the midpoint. */
  triangular(low = 0, high = 1, mode: number | null = null): number {
    let u = this.random();
    if (mode !== null && high - low === 0) return low; // ZeroDivisionError in (mode - low) / (high - low)
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  // ------------------------------------------------------------ state

  getstate(): RandomState {
    return [3, [...this.mt, this.index], this.gaussNext];
  }

  /** setstate(): random_setstate's checks on the 625-word internal state. */
  setstate(state: RandomState): void {
    const [version, words, gaussNext] = state;
    if (version !== 3) throw new PyRandomError("ValueError", `state with version ${String(version)} passed to Random.setstate() of version 3`);
    if (words.length !== N + 1) throw new PyRandomError("ValueError", "state vector is the wrong size");
    const index = words[N]!;
    if (index < 0 || index > N) throw new PyRandomError("ValueError", "invalid state");
    for (let i = 0; i < N; i++) this.mt[i] = words[i]! >>> 0;
    this.index = index;
    this.gaussNext = gaussNext;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** bisect.bisect_right(a, x, 0, hi) */
function bisectRight(a: readonly number[], x: number, hi = a.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------- correctly rounded libm
// Double-double arithmetic (a value is hi + lo with |lo| <= ulp(hi)/2) carries ~106
// bits, so rounding hi + lo to a double gives the correctly rounded result except in
// astronomically rare near-halfway cases. Exact products use Veltkamp splitting since
// JS has no fused multiply-add.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function splitHalves(a: number): DD {
  const c = 134217729 * a; // 2**27 + 1
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = splitHalves(a);
  const [bh, bl] = splitHalves(b);
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function ddAdd(x: DD, y: DD): DD {
  let [s, e] = twoSum(x[0], y[0]);
  const [t, f] = twoSum(x[1], y[1]);
  e += t;
  [s, e] = quickTwoSum(s, e);
  e += f;
  return quickTwoSum(s, e);
}

function ddMul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return quickTwoSum(p, e + (x[0] * y[1] + x[1] * y[0]));
}

function ddMulNum(x: DD, d: number): DD {
  const [p, e] = twoProd(x[0], d);
  return quickTwoSum(p, e + x[1] * d);
}

function ddDiv(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  let r = ddAdd(x, ddMulNum(y, -q1));
  const q2 = r[0] / y[0];
  r = ddAdd(r, ddMulNum(y, -q2));
  const q3 = r[0] / y[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33] as const;
const TINY = 2 ** -112;

/** 2 atanh(s) = log((1+s)/(1-s)) by its odd power series, until terms vanish. */
function twoAtanh(s: DD): DD {
  const s2 = ddMul(s, s);
  let sum: DD = s;
  let power: DD = s;
  for (let k = 3; ; k += 2) {
    power = ddMul(power, s2);
    const term = ddDiv(power, [k, 0]);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) <= TINY * Math.abs(sum[0])) break;
  }
  return [2 * sum[0], 2 * sum[1]];
}

/** log(m/c) for m, c within a factor of two: 2 atanh((m-c)/(m+c)); m - c is exact. */
function logRatio(m: number, c: number): DD {
  if (m === c) return [0, 0];
  return twoAtanh(ddDiv([m - c, 0], twoSum(m, c)));
}

// log(1 + k/64), k = 0..64, in double-double: reduces the series argument below
// 1/256 so seven terms suffice. Computed once from the plain series.
const LOG_STEPS = 64;
const LOG_TABLE: DD[] = Array.from({ length: LOG_STEPS + 1 }, (_, k) =>
  k === 0 ? [0, 0] : k === LOG_STEPS ? LN2 : logRatio(1 + k / LOG_STEPS, 1));

/** Correctly rounded natural log: x = 2**e * m, m in [1, 2), m = c * (m/c) with
 *  c = 1 + k/64 the nearest table point, log m = log c + 2 atanh((m-c)/(m+c)). */
export function crLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x) || x < 2 ** -1022) return Math.log(x);
  let e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  if (m >= 2) { m /= 2; e += 1; } else if (m < 1) { m *= 2; e -= 1; }
  const k = Math.round((m - 1) * LOG_STEPS);
  const c = 1 + k / LOG_STEPS;
  const result = ddAdd(ddAdd(ddMulNum(LN2, e), LOG_TABLE[k]!), logRatio(m, c));
  return result[0] + result[1];
}

/** sin and cos of a small d (|d| <= 1/64 after table reduction) by Taylor series. */
function sinCosSeries(d: DD): [DD, DD] {
  let sin: DD = d;
  let cos: DD = [1, 0];
  let term: DD = d; // ±d**n / n!
  for (let n = 2; ; n += 2) {
    const c = ddDiv(ddMul(term, d), [-n, 0]);
    cos = ddAdd(cos, c);
    term = ddDiv(ddMul(c, d), [n + 1, 0]);
    sin = ddAdd(sin, term);
    if (Math.abs(term[0]) <= TINY && Math.abs(c[0]) <= TINY) break;
  }
  return [sin, cos];
}

// sin and cos of j/32 for j = 0..26 (up to just past pi/4), in double-double.
const TRIG_STEPS = 32;
const TRIG_TABLE: [DD, DD][] = Array.from({ length: 27 }, (_, j) => sinCosSeries([j / TRIG_STEPS, 0]));

/** sin and cos of r, |r| <= pi/4 + tiny: r = a + d with a = j/32, then the
 *  angle-addition formulas with table values for a. */
function sinCosReduced(r: DD): [DD, DD] {
  const negative = r[0] < 0;
  const ar: DD = negative ? [-r[0], -r[1]] : r;
  const j = Math.round(ar[0] * TRIG_STEPS);
  const [sa, ca] = TRIG_TABLE[j]!;
  const [sd, cd] = sinCosSeries(ddAdd(ar, [-j / TRIG_STEPS, 0]));
  const sin = ddAdd(ddMul(sa, cd), ddMul(ca, sd));
  const cos = ddAdd(ddMul(ca, cd), [-ddMul(sa, sd)[0], -ddMul(sa, sd)[1]]);
  return [negative ? [-sin[0], -sin[1]] : sin, cos];
}

/** x - k*pi/2 with pi/2 in three parts, and k mod 4. */
function reduceQuarterPi(x: number): [DD, number] {
  const k = Math.round(x / PIO2[0]);
  let r: DD = [x, 0];
  for (const part of PIO2) {
    const [p, e] = twoProd(k, part);
    r = ddAdd(r, [-p, -e]);
  }
  return [r, ((k % 4) + 4) % 4];
}

/**
 * Correctly rounded [sin x, cos x] for |x| <= 1e5 (Math.sin/cos beyond): reduce by
 * multiples of pi/2, then sin(r + q*pi/2) is sin r, cos r, -sin r, -cos r.
 */
export function crSinCos(x: number): [number, number] {
  if (!Number.isFinite(x) || Math.abs(x) > 1e5) return [Math.sin(x), Math.cos(x)];
  if (x === 0) return [x, 1];
  const [r, q] = reduceQuarterPi(x);
  const [s, c] = sinCosReduced(r);
  const pick = (quadrant: number): number =>
    quadrant === 0 ? s[0] + s[1] : quadrant === 1 ? c[0] + c[1] : quadrant === 2 ? -(s[0] + s[1]) : -(c[0] + c[1]);
  return [pick(q), pick((q + 1) % 4)];
}

/** Correctly rounded sin for |x| <= 1e5 (Math.sin beyond). */
export function crSin(x: number): number {
  return crSinCos(x)[0];
}

/** Correctly rounded cos for |x| <= 1e5 (Math.cos beyond). */
export function crCos(x: number): number {
  return crSinCos(x)[1];
}
