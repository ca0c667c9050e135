// The math module (Modules/mathmodule.c): CPython 3.12's functions, argument handling
// and error messages ("math domain error", "math range error", ...).
//
// Floating-point results: CPython calls the platform libm (glibc 2.36 on x86-64, which
// picks FMA variants at run time), whose last bit no JS engine reproduces (V8's Math.*
// are fdlibm ports: Math.exp differs from glibc's exp about once in ten random inputs).
// glibc's modern exp, log, pow, sin, cos, tan, atan, asin, acos... are accurate to about
// 0.52 ulp, so the correctly rounded result is what they return in all but a few cases
// per thousand: those functions are computed here exactly (bigint fixed point) and
// rounded once. Functions that glibc takes from fdlibm (expm1, log1p, tanh, atanh, sinh,
// cosh, asinh, acosh, log10, erf, erfc; cbrt is glibc's own) follow those formulas, as
// glibc does, with the correctly rounded exp/log inside. CPython's own algorithms (fsum,
// hypot/dist's vector_norm, isclose, prod, sumprod, gamma, lgamma, nextafter, and the
// integer functions' argument handling) are ported step by step; factorial, comb, perm,
// isqrt, gcd and lcm compute the same exact ints by other means (binary splitting, Lehmer).
import { decref, incref, PyObject } from "../objects/object.js";
import { raise, TypeError, ValueError, OverflowError } from "../objects/exceptions.js";
import { None, pyBool, True, False } from "../objects/singletons.js";
import { newInt, newIntFromBig, intBig, type IntValue } from "../objects/longobject.js";
import { newFloat } from "../objects/floatobject.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import { tp, typeName, isSubtype, type MethodDef } from "../objects/typeobject.js";
import { FloatType, IntType, BoolType, TupleType } from "../objects/types.js";
import { newModule } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import * as abs from "../objects/abstract.js";
import { floatToIntValue } from "../objects/floatmethods.js";
import {
  atanFixed, bitLength, correctPow, crAtan2, crCos, crExp, crLog, crSin, decomposeDouble, expFixed, fromFixed, intToDouble,
  isFloat, isInt, isqrt, ln2Fixed, lnFixed, lookupSpecial, numberIndex, numberIndexAny, piFixed, roundBig, checkPositional,
  sinCosFixed, toFixed,
} from "../objects/intmethods.js";
import { registerModule } from "../vm/imports.js";

// =====================================================================================
// Numeric core: the bits of a double (the exact fixed-point arithmetic, a bigint v
// standing for v / 2**p, is intmethods.ts's, shared with float and complex)
// =====================================================================================

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The high 32 bits of a double, as a signed int (fdlibm's GET_HIGH_WORD). */
function highWord(x: number): number {
  F64[0] = x;
  return U32[1]! | 0;
}

function lowWord(x: number): number {
  F64[0] = x;
  return U32[0]!;
}

/** signbit(x), NaNs included. */
function signBit(x: number): boolean {
  F64[0] = x;
  return (U32[1]! & 0x80000000) !== 0;
}

function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signBit(y) ? -ax : ax;
}

// ---- libm functions -------------------------------------------------------------------

const P = 256;

function cTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  if (Math.abs(x) < 2 ** -27) return x; // tan(x) = x + x**3/3: below half an ulp
  const [s, c, pp] = sinCosFixed(x);
  return fromFixed((s << BigInt(pp)) / c, pp);
}

function cAsin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 2 ** -26) return x;
  const one = 1n << BigInt(P);
  if (ax === 1) return copysign(fromFixed(piFixed(P) >> 1n, P), x);
  const X = toFixed(...decomposeDouble(ax), P);
  const Y = isqrt(one * one - X * X);
  const r = fromFixed(atanFixed((X << BigInt(P)) / Y, P), P);
  return x < 0 ? -r : r;
}

function cAcos(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  const one = 1n << BigInt(P);
  const pi = piFixed(P);
  if (x === -1) return fromFixed(pi, P);
  // pi/2 - x rounds to pi/2 (and x vanishes in fixed point) for |x| < 2**-57
  if (ax < 2 ** -57) return fromFixed(pi >> 1n, P);
  const X = toFixed(...decomposeDouble(ax), P);
  const Y = isqrt(one * one - X * X);
  const a = atanFixed((Y << BigInt(P)) / X, P);
  return fromFixed(x > 0 ? a : pi - a, P);
}

function cAtan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return x;
  return crAtan2(x, 1);
}

/** atan2 with CPython's own special cases (m_atan2) before the libm call. */
function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(copysign(1, x) === 1 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copysign(copysign(1, x) === 1 ? 0 : Math.PI, y);
  return crAtan2(y, x);
}

function cExp(x: number): number {
  return crExp(x);
}

function cLog(x: number): number {
  return crLog(x);
}

function cExp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  if (Number.isInteger(x)) return x > 1023 ? Infinity : x < -1075 ? 0 : roundBig(1n, x);
  if (x > 1024) return Infinity;
  if (x < -1080) return 0;
  const X = toFixed(...decomposeDouble(x), P);
  const [mant, k] = expFixed(((x < 0 ? -X : X) * ln2Fixed(P)) >> BigInt(P), P);
  return roundBig(mant, k - P, true);
}

function cLog2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  const [m, e] = decomposeDouble(x);
  if ((m & (m - 1n)) === 0n) return e + bitLength(m) - 1;
  const L = lnFixed(m, e, P + 64);
  return fromFixed((L << BigInt(P)) / ln2Fixed(P + 64), P);
}

// fdlibm's e_log10.c (glibc's log10), over the correctly rounded log.
const TWO54 = 1.80143985094819840000e+16;
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

function cLog10(x: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = (k & 0x80000000) >>> 31;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  F64[0] = x;
  U32[1] = hx;
  x = F64[0]!;
  const z = y * LOG10_2LO + IVLN10 * crLog(x);
  return z + y * LOG10_2HI;
}

function cLog1p(x: number): number {
  return Math.log1p(x);
}

// glibc's expm1 is fdlibm's s_expm1.c, as V8's Math.expm1 is.
function cExpm1(x: number): number {
  return Math.expm1(x);
}

// fdlibm's e_sinh.c / e_cosh.c (glibc's), over the correctly rounded exp.
function cSinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = cExpm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * cExp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = cExp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

function cCosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = cExpm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = cExp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * cExp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = cExp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

// fdlibm's s_tanh.c, over fdlibm's expm1 (glibc's and V8's alike).
function cTanh(x: number): number {
  return Math.tanh(x);
}

const LN2 = 6.93147180559945286227e-01;

// fdlibm's s_asinh.c / e_acosh.c (glibc's), over the correctly rounded log.
function cAsinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = crLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = crLog(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = cLog1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return copysign(w, x);
}

function cAcosh(x: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return crLog(x) + LN2;
  }
  if (((hx - 0x3ff00000) | lx) === 0) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return crLog(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return cLog1p(t + Math.sqrt(2.0 * t + t * t));
}

function cAtanh(x: number): number {
  return Math.atanh(x);
}

// glibc's s_cbrt.c
const CBRT_FACTOR = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];

function cCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 +
    (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  return copysign(ldexp(ym, Math.trunc(xe / 3)), x);
}

/** libm pow for finite x, y (C99 special cases: nan for a negative base to a non-integer). */
function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  const yOddInt = Number.isInteger(y) && Math.abs(y % 2) === 1;
  if (x === 0) {
    if (y < 0) return yOddInt ? copysign(Infinity, x) : Infinity;
    return yOddInt ? x : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = x === -1 ? 1 : correctPow(-x, y);
    return yOddInt ? -r : r;
  }
  return correctPow(x, y);
}

/** frexp for finite nonzero x: [m, e] with 0.5 <= |m| < 1 and x == m * 2**e. */
function frexp(x: number): [number, number] {
  const [m, e] = decomposeDouble(x);
  const len = bitLength(m);
  const mant = Number(m) / 2 ** len;
  return [x < 0 ? -mant : mant, e + len];
}

/** ldexp(x, n) for finite x, correctly rounded (subnormal results included). */
function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = decomposeDouble(x);
  const r = roundBig(m, e + n);
  return x < 0 ? -r : r;
}

/** m_remainder: IEEE 754 remainder, always exact. */
function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** fma(a, b, c) rounded once (bigint when the fast Dekker product could lose bits). */
function fma(a: number, b: number, c: number): number {
  if (a === 0 || b === 0 || !Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  const [ma, ea] = decomposeDouble(a);
  const [mb, eb] = decomposeDouble(b);
  let prod = ma * mb;
  if ((a < 0) !== (b < 0)) prod = -prod;
  let e = ea + eb;
  let sum = prod;
  if (c !== 0) {
    const [mc, ec] = decomposeDouble(c);
    const sc = c < 0 ? -mc : mc;
    if (ec >= e) {
      sum = prod + (sc << BigInt(ec - e));
    } else {
      sum = (prod << BigInt(e - ec)) + sc;
      e = ec;
    }
  }
  if (sum === 0n) return (a * b) + c; // exact zero: the sign rules of a*b + c
  const r = roundBig(sum < 0n ? -sum : sum, e);
  return sum < 0n ? -r : r;
}

/** CPython's vector_norm (hypot, dist). */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2 ** -1022;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = 2 ** -maxE;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i]! * scale;
    const hi = x * x;
    const lo = fma(x, x, -hi);
    const s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const hi = -h * h;
  const lo = fma(-h, h, -hi);
  const s = csum + hi;
  frac2 += (csum - s) + hi;
  csum = s;
  frac1 += lo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// ---- erf, erfc: glibc 2.36's s_erf.c (fdlibm), over the correctly rounded exp ----------------

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** The rational approximation of erf on |x| < 0.84375: y with erf(x) = x + x*y. */
function erfSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0]! + z * PP[1]!;
  const z2 = z * z;
  const r2 = PP[2]! + z * PP[3]!;
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ[1]!;
  const s2 = QQ[2]! + z * QQ[3]!;
  const s3 = QQ[4]! + z * QQ[5]!;
  const r = r1 + z2 * r2 + z4 * PP[4]!;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on 0.84375 <= |x| < 1.25 */
function erfMiddle(x: number): number {
  const s = Math.abs(x) - 1;
  const P1 = PA[0]! + s * PA[1]!;
  const s2 = s * s;
  const Q1 = 1 + s * QA[1]!;
  const s4 = s2 * s2;
  const P2 = PA[2]! + s * PA[3]!;
  const s6 = s4 * s2;
  const Q2 = QA[2]! + s * QA[3]!;
  const P3 = PA[4]! + s * PA[5]!;
  const Q3 = QA[4]! + s * QA[5]!;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6]!;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6]!;
  return P / Q;
}

/** exp(-x*x - 0.5625 + R/S) for x = |x| >= 1.25 (the erfc tail). */
function erfcTail(x: number, ix: number, bound: number): number {
  const s = 1 / (x * x);
  let R: number, S: number;
  if (ix < bound) {
    const R1 = RA[0]! + s * RA[1]!;
    const s2 = s * s;
    const S1 = 1 + s * SA[1]!;
    const s4 = s2 * s2;
    const R2 = RA[2]! + s * RA[3]!;
    const s6 = s4 * s2;
    const S2 = SA[2]! + s * SA[3]!;
    const s8 = s4 * s4;
    const R3 = RA[4]! + s * RA[5]!;
    const S3 = SA[4]! + s * SA[5]!;
    const R4 = RA[6]! + s * RA[7]!;
    const S4 = SA[6]! + s * SA[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8]!;
  } else {
    const R1 = RB[0]! + s * RB[1]!;
    const s2 = s * s;
    const S1 = 1 + s * SB[1]!;
    const s4 = s2 * s2;
    const R2 = RB[2]! + s * RB[3]!;
    const s6 = s4 * s2;
    const S2 = SB[2]! + s * SB[3]!;
    const R3 = RB[4]! + s * RB[5]!;
    const S3 = SB[4]! + s * SB[5]!;
    const S4 = SB[6]! + s * SB[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6]!;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  F64[0] = x;
  U32[0] = 0;
  const z = F64[0]!;
  return crExp(-z * z - 0.5625) * crExp((z - x) * (z + x) + R / S);
}

function cErf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? -1 : 1) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + erfMiddle(x) : -ERX - erfMiddle(x);
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1;
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

function cErfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? 2 : 0) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    if (hx >= 0) return (1 - ERX) - erfMiddle(x);
    return 1 + (ERX + erfMiddle(x));
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2;
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2;
}

// ---- gamma, lgamma: CPython's own (Lanczos), over the correctly rounded libm --------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
  87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

function mSinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1.0 - y)); break;
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    default: r = crSin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

const EDOM = 1;
const ERANGE = 2;
/** errno of the last m_tgamma / m_lgamma call */
let errno = 0;

function mTgamma(x: number): number {
  errno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0.0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0.0) {
    errno = EDOM;
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / mSinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / mSinpi(absx) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

function mLgamma(x: number): number {
  errno = 0;
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - crLog(Math.abs(mSinpi(absx))) - crLog(absx) - r;
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

// =====================================================================================
// Arguments and errors
// =====================================================================================

function domainError(): never {
  raise(ValueError, "math domain error");
}

function rangeError(): never {
  raise(OverflowError, "math range error");
}

/** PyFloat_AsDouble: floats as they are, __float__, else __index__; "must be real number". */
function asDouble(o: PyObject): number {
  if (isFloat(o)) return o.v as number;
  if (o.type === IntType || o.type === BoolType) return intToDouble(o.v as IntValue);
  const data = tp(o);
  if (data.float === null) {
    if (data.index !== null) {
      const r = numberIndexAny(o);
      try {
        return intToDouble(r.v as IntValue);
      } finally {
        decref(r);
      }
    }
    raise(TypeError, `must be real number, not ${typeName(o)}`);
  }
  const r = data.float(o);
  if (!isFloat(r)) {
    const rname = typeName(r);
    decref(r);
    raise(TypeError, `${typeName(o)}.__float__ returned non-float (type ${rname})`);
  }
  const v = r.v as number;
  decref(r);
  return v;
}

/** PyLong_FromDouble */
function intFromDouble(x: number): PyObject {
  const v = floatToIntValue(x);
  return typeof v === "number" ? newInt(v) : newIntFromBig(v);
}

function intObject(v: bigint): PyObject {
  return newIntFromBig(v);
}

function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `math.${name}() takes no keyword arguments`);
}

const FUNCTIONS: Record<string, MethodDef> = {};

/** METH_O: math.name(x) */
function defO(name: string, f: (x: PyObject) => PyObject): void {
  FUNCTIONS[name] = {
    kind: "fastkw",
    fn: (_s, args, kwnames) => {
      noKeywords(name, kwnames);
      if (args.length !== 1) raise(TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
      return f(args[0]!);
    },
  };
}

/** METH_FASTCALL / METH_VARARGS checked by _PyArg_CheckPositional (max -1: no limit). */
function defN(name: string, min: number, max: number, f: (args: PyObject[]) => PyObject): void {
  FUNCTIONS[name] = {
    kind: "fastkw",
    fn: (_s, args, kwnames) => {
      noKeywords(name, kwnames);
      if (max >= 0) checkPositional(name, args.length, min, max);
      return f(args);
    },
  };
}

interface ClinicSpec {
  fname: string;
  names: string[];
  posonly: number;
  minpos: number;
  maxpos: number;
}

/** _PyArg_UnpackKeywords: the arguments by parameter (undefined when not given). */
function unpackKeywords(spec: ClinicSpec, args: PyObject[], kwnames: readonly string[] | null): (PyObject | undefined)[] {
  const { fname, names, posonly, minpos, maxpos } = spec;
  const maxargs = names.length;
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  const plural = (n: number) => (n === 1 ? "" : "s");
  if (nargs + nkw > maxargs) {
    raise(TypeError, `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${plural(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) raise(TypeError, `${fname}() takes no positional arguments`);
    raise(TypeError, `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    raise(TypeError, `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(maxargs).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  const find = (name: string): PyObject | undefined => {
    const k = kwnames === null ? -1 : kwnames.indexOf(name);
    return k < 0 ? undefined : args[nargs + k];
  };
  let remaining = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let current: PyObject | undefined;
    if (remaining > 0) current = find(names[i]!);
    else if (i >= minpos) break;
    out[i] = current;
    if (current !== undefined) remaining--;
    else if (i < minpos) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (find(names[i]!) !== undefined) raise(TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kwnames!) {
      if (names.indexOf(k) < posonly || names.indexOf(k) < 0) raise(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** math_1: a libm function of one double; NaN from a number is a domain error, inf from finite overflow or a singularity. */
function math1(name: string, func: (x: number) => number, canOverflow: boolean): void {
  defO(name, (arg) => newFloat(math1Value(asDouble(arg), func, canOverflow)));
}

function math1Value(x: number, func: (x: number) => number, canOverflow: boolean): number {
  const r = func(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** math_2: a libm function of two doubles. */
function math2(name: string, func: (x: number, y: number) => number): void {
  defN(name, 2, 2, (args) => {
    const x = asDouble(args[0]!);
    const y = asDouble(args[1]!);
    const r = func(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
    } else if (!Number.isFinite(r)) {
      if (Number.isFinite(x) && Number.isFinite(y)) rangeError();
    }
    return newFloat(r);
  });
}

// =====================================================================================
// The functions
// =====================================================================================

math1("acos", cAcos, false);
math1("acosh", cAcosh, false);
math1("asin", cAsin, false);
math1("asinh", cAsinh, false);
math1("atan", cAtan, false);
math2("atan2", mAtan2);
math1("atanh", cAtanh, false);
math1("cbrt", cCbrt, false);

function floorOrCeil(name: "__floor__" | "__ceil__", round: (x: number) => number) {
  return (o: PyObject): PyObject => {
    let x: number;
    if (o.type === FloatType) {
      x = o.v as number;
    } else {
      const method = lookupSpecial(o, name);
      if (method !== null) {
        try {
          return abs.call(method, []);
        } finally {
          decref(method);
        }
      }
      x = asDouble(o);
    }
    return intFromDouble(round(x));
  };
}

defO("ceil", floorOrCeil("__ceil__", Math.ceil));
math2("copysign", copysign);
math1("cos", crCos, false);
math1("cosh", cCosh, true);
math1("exp", cExp, true);
math1("exp2", cExp2, true);
math1("expm1", cExpm1, true);
math1("fabs", Math.abs, false);
defO("floor", floorOrCeil("__floor__", Math.floor));
math1("log1p", cLog1p, false);
math2("remainder", mRemainder);
math1("sin", crSin, false);
math1("sinh", cSinh, true);
math1("sqrt", Math.sqrt, false);
math1("tan", cTan, false);
math1("tanh", cTanh, false);

/** math_1a: a function that reports errors through errno (gamma, lgamma, erf, erfc). */
function math1a(name: string, func: (x: number) => number): void {
  defO(name, (arg) => {
    const x = asDouble(arg);
    errno = 0;
    const r = func(x);
    if (errno === EDOM) domainError();
    if (errno === ERANGE && Math.abs(r) >= 1.5) rangeError();
    return newFloat(r);
  });
}

math1a("erf", cErf);
math1a("erfc", cErfc);
math1a("gamma", mTgamma);
math1a("lgamma", mLgamma);

// ---- fsum ---------------------------------------------------------------------------

/** ASSIGN_DOUBLE: exact floats and ints directly, anything else through PyFloat_AsDouble. */
function assignDouble(o: PyObject): number {
  if (o.type === FloatType) return o.v as number;
  if (o.type === IntType) return intToDouble(o.v as IntValue);
  return asDouble(o);
}

defO("fsum", (seq) => {
  const it = abs.getIter(seq);
  try {
    const p: number[] = [];
    let specialSum = 0.0;
    let infSum = 0.0;
    for (;;) {
      const item = abs.iterNext(it);
      if (item === null) break;
      let x: number;
      try {
        x = assignDouble(item);
      } finally {
        decref(item);
      }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j]!;
        if (Math.abs(x) < Math.abs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        const hi = x + y;
        const yr = hi - x;
        const lo = y - yr;
        if (lo !== 0.0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0.0) {
        if (!Number.isFinite(x)) {
          if (Number.isFinite(xsave)) raise(OverflowError, "intermediate overflow in fsum");
          if (!Number.isNaN(xsave)) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else {
          p.push(x);
        }
      }
    }
    if (specialSum !== 0.0) {
      if (Number.isNaN(infSum)) raise(ValueError, "-inf + inf in fsum");
      return newFloat(specialSum);
    }
    let hi = 0.0;
    let n = p.length;
    if (n > 0) {
      hi = p[--n]!;
      let lo = 0.0;
      while (n > 0) {
        const x = hi;
        const y = p[--n]!;
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0.0) break;
      }
      if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
        const y = lo * 2.0;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return newFloat(hi);
  } finally {
    decref(it);
  }
});

// ---- integer functions ----------------------------------------------------------------

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

/** Product of the integers in [lo, hi) (binary splitting). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let r = lo;
    for (let i = lo + 1n; i < hi; i++) r *= i;
    return r;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorialObject(arg: PyObject): PyObject {
  const v = indexBig(arg);
  if (v > LONG_MAX) raise(OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
  if (v < 0n) raise(ValueError, "factorial() not defined for negative values");
  return intObject(rangeProduct(2n, v + 1n));
}

/** The value of PyNumber_Index(o) as a bigint. */
function indexBig(o: PyObject): bigint {
  if (isInt(o)) return intBig(o);
  const r = numberIndexAny(o);
  try {
    return intBig(r);
  } finally {
    decref(r);
  }
}

defO("factorial", factorialObject);

/** gcd of bigints: Lehmer's algorithm on the top 32 bits while the numbers are large, then Euclid. */
function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) [a, b] = [b, a];
  while (b > 0xffffffffffffffffn) {
    const shift = BigInt(bitLength(a) - 32);
    let x = Number(a >> shift);
    let y = Number(b >> shift);
    let A = 1, B = 0, C = 0, D = 1;
    for (;;) {
      if (y + C === 0 || y + D === 0) break;
      const q = Math.floor((x + A) / (y + C));
      if (q !== Math.floor((x + B) / (y + D))) break;
      [A, C] = [C, A - q * C];
      [B, D] = [D, B - q * D];
      [x, y] = [y, x - q * y];
    }
    if (B === 0) {
      [a, b] = [b, a % b];
    } else {
      [a, b] = [BigInt(A) * a + BigInt(B) * b, BigInt(C) * a + BigInt(D) * b];
    }
  }
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdValue(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t: number = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  const g = gcdBig(BigInt(a), BigInt(b));
  return g <= 9007199254740991n ? Number(g) : g;
}

/** PyNumber_Absolute on an exact int (the object itself when it is not negative). */
function absInt(o: PyObject): PyObject {
  const v = o.v as IntValue;
  if (v >= 0) return o;
  decref(o);
  return typeof v === "number" ? newInt(-v) : newIntFromBig(-v);
}

defN("gcd", 0, -1, (args) => {
  if (args.length === 0) return newInt(0);
  let res = numberIndex(args[0]!);
  if (args.length === 1) return absInt(res);
  for (let i = 1; i < args.length; i++) {
    let x: PyObject;
    try {
      x = numberIndexAny(args[i]!);
    } catch (e) {
      decref(res);
      throw e;
    }
    if (res.v === 1) {
      decref(x);
      continue;
    }
    const g = gcdValue(res.v as IntValue, x.v as IntValue);
    decref(x);
    decref(res);
    res = typeof g === "number" ? newInt(g) : newIntFromBig(g);
  }
  return res;
});

defN("lcm", 0, -1, (args) => {
  if (args.length === 0) return newInt(1);
  let res = numberIndex(args[0]!);
  if (args.length === 1) return absInt(res);
  for (let i = 1; i < args.length; i++) {
    let x: PyObject;
    try {
      x = numberIndex(args[i]!);
    } catch (e) {
      decref(res);
      throw e;
    }
    if (res.v === 0) {
      decref(x);
      continue;
    }
    const a = intBig(res);
    const b = intBig(x);
    decref(x);
    decref(res);
    if (a === 0n || b === 0n) {
      res = newInt(0);
    } else {
      const m = (a / gcdBig(a, b)) * b;
      res = intObject(m < 0n ? -m : m);
    }
  }
  return res;
});

defO("isqrt", (n) => {
  const o = numberIndexAny(n);
  const v = intBig(o);
  decref(o);
  if (v < 0n) raise(ValueError, "isqrt() argument must be nonnegative");
  return intObject(isqrt(v));
});

function combOrPerm(args: PyObject[], iscomb: boolean): PyObject {
  const n = numberIndex(args[0]!);
  let k: PyObject;
  try {
    k = numberIndex(args[1]!);
  } catch (e) {
    decref(n);
    throw e;
  }
  const nv = intBig(n);
  let kv = intBig(k);
  decref(n);
  decref(k);
  if (nv < 0n) raise(ValueError, "n must be a non-negative integer");
  if (kv < 0n) raise(ValueError, "k must be a non-negative integer");
  if (kv > nv) return newInt(0);
  if (iscomb) {
    if (nv - kv < kv) kv = nv - kv;
    if (kv > LONG_MAX) raise(OverflowError, `min(n - k, k) must not exceed ${LONG_MAX}`);
    return intObject(rangeProduct(nv - kv + 1n, nv + 1n) / rangeProduct(2n, kv + 1n));
  }
  if (kv > LONG_MAX) raise(OverflowError, `k must not exceed ${LONG_MAX}`);
  return intObject(rangeProduct(nv - kv + 1n, nv + 1n));
}

defN("comb", 2, 2, (args) => combOrPerm(args, true));
defN("perm", 1, 2, (args) => {
  if (args.length === 1 || args[1] === None) return factorialObject(args[0]!);
  return combOrPerm(args, false);
});

defO("trunc", (x) => {
  if (x.type === FloatType) return intFromDouble(x.v as number);
  const method = lookupSpecial(x, "__trunc__");
  if (method === null) raise(TypeError, `type ${typeName(x)} doesn't define __trunc__ method`);
  try {
    return abs.call(method, []);
  } finally {
    decref(method);
  }
});

// ---- frexp, ldexp, modf -----------------------------------------------------------------

defO("frexp", (arg) => {
  const x = asDouble(arg);
  if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return newTuple([newFloat(x), newInt(0)]);
  const [m, e] = frexp(x);
  return newTuple([newFloat(m), newInt(e)]);
});

defN("ldexp", 2, 2, (args) => {
  const x = asDouble(args[0]!);
  const i = args[1]!;
  if (!isInt(i)) raise(TypeError, "Expected an int as second argument to ldexp.");
  let exp = intBig(i);
  if (exp > LONG_MAX) exp = LONG_MAX;
  if (exp < LONG_MIN) exp = LONG_MIN;
  let r: number;
  if (x === 0 || !Number.isFinite(x)) {
    r = x;
  } else if (exp > 2147483647n) {
    rangeError();
  } else if (exp < -2147483648n) {
    r = copysign(0, x);
  } else {
    r = ldexp(x, Number(exp));
    if (!Number.isFinite(r)) rangeError();
  }
  return newFloat(r);
});

defO("modf", (arg) => {
  const x = asDouble(arg);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
    return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
  }
  const ip = Math.trunc(x);
  return newTuple([newFloat(copysign(x - ip, x)), newFloat(ip)]);
});

// ---- logarithms ---------------------------------------------------------------------------

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return cLog(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : NaN;
}

function mLog2(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return x > 0 ? x : NaN;
  }
  if (x > 0) return cLog2(x);
  return x === 0 ? -Infinity : NaN;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return cLog10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : NaN;
}

/** _PyLong_Frexp: v ~= x * 2**e with 0.5 <= x < 1, x rounded half to even. */
function longFrexp(v: bigint): [number, number] {
  const bits = bitLength(v);
  const shift = bits - 64;
  let t = v >> BigInt(shift);
  if (t << BigInt(shift) !== v) t |= 1n;
  const x = Number(t) / 2 ** 64;
  return x === 1 ? [0.5, bits + 1] : [x, bits];
}

/** loghelper: logarithms of ints of any size, else math_1 without overflow. */
function logHelper(arg: PyObject, func: (x: number) => number): number {
  if (isInt(arg)) {
    const v = arg.v as IntValue;
    if (v <= 0) domainError();
    if (typeof v === "number") return func(v);
    const d = Number(v);
    if (Number.isFinite(d)) return func(d);
    const [x, e] = longFrexp(v);
    return func(x) + func(2.0) * e;
  }
  return math1Value(asDouble(arg), func, false);
}

defN("log", 1, 2, (args) => {
  const num = newFloat(logHelper(args[0]!, mLog));
  if (args.length === 1) return num;
  let den: PyObject;
  try {
    den = newFloat(logHelper(args[1]!, mLog));
  } catch (e) {
    decref(num);
    throw e;
  }
  try {
    return abs.binaryOp(num, den, "truediv");
  } finally {
    decref(num);
    decref(den);
  }
});

defO("log2", (x) => newFloat(logHelper(x, mLog2)));
defO("log10", (x) => newFloat(logHelper(x, mLog10)));

defN("fmod", 2, 2, (args) => {
  const x = asDouble(args[0]!);
  const y = asDouble(args[1]!);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return newFloat(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return newFloat(r);
});

// ---- hypot, dist ----------------------------------------------------------------------------

/** PySequence_Tuple (a new reference). */
function sequenceTuple(o: PyObject): PyObject {
  if (o.type === TupleType) return incref(o);
  const it = abs.getIter(o);
  const items: PyObject[] = [];
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) items.push(x);
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return newTuple(items);
}

defN("dist", 2, 2, (args) => {
  const p = isSubtype(args[0]!.type, TupleType) ? incref(args[0]!) : sequenceTuple(args[0]!);
  let q: PyObject;
  try {
    q = isSubtype(args[1]!.type, TupleType) ? incref(args[1]!) : sequenceTuple(args[1]!);
  } catch (e) {
    decref(p);
    throw e;
  }
  try {
    const ps = tupleItems(p);
    const qs = tupleItems(q);
    if (ps.length !== qs.length) raise(ValueError, "both points must have the same number of dimensions");
    const diffs: number[] = [];
    let max = 0.0;
    let foundNan = false;
    for (let i = 0; i < ps.length; i++) {
      const px = assignDouble(ps[i]!);
      const qx = assignDouble(qs[i]!);
      const x = Math.abs(px - qx);
      diffs.push(x);
      foundNan ||= Number.isNaN(x);
      if (x > max) max = x;
    }
    return newFloat(vectorNorm(diffs, max, foundNan));
  } finally {
    decref(p);
    decref(q);
  }
});

defN("hypot", 0, -1, (args) => {
  const coords: number[] = [];
  let max = 0.0;
  let foundNan = false;
  for (const a of args) {
    const x = Math.abs(assignDouble(a));
    coords.push(x);
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return newFloat(vectorNorm(coords, max, foundNan));
});

// ---- pow, degrees, radians, classification ----------------------------------------------------

defN("pow", 2, 2, (args) => {
  const x = asDouble(args[0]!);
  const y = asDouble(args[1]!);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y % 2) === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
  } else {
    r = cPow(x, y);
    if (Number.isNaN(r)) domainError();
    if (!Number.isFinite(r)) {
      if (x === 0) domainError();
      rangeError();
    }
  }
  return newFloat(r);
});

const DEG_TO_RAD = Math.PI / 180.0;
const RAD_TO_DEG = 180.0 / Math.PI;
defO("degrees", (x) => newFloat(asDouble(x) * RAD_TO_DEG));
defO("radians", (x) => newFloat(asDouble(x) * DEG_TO_RAD));
defO("isfinite", (x) => pyBool(Number.isFinite(asDouble(x))));
defO("isnan", (x) => pyBool(Number.isNaN(asDouble(x))));
defO("isinf", (x) => {
  const v = asDouble(x);
  return pyBool(v === Infinity || v === -Infinity);
});

const ISCLOSE: ClinicSpec = { fname: "isclose", names: ["a", "b", "rel_tol", "abs_tol"], posonly: 0, minpos: 2, maxpos: 2 };
FUNCTIONS["isclose"] = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const [ao, bo, relo, abso] = unpackKeywords(ISCLOSE, args, kwnames);
    const a = asDouble(ao!);
    const b = asDouble(bo!);
    const relTol = relo === undefined ? 1e-9 : asDouble(relo);
    const absTol = abso === undefined ? 0.0 : asDouble(abso);
    if (relTol < 0.0 || absTol < 0.0) raise(ValueError, "tolerances must be non-negative");
    if (a === b) return True;
    if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return False;
    const diff = Math.abs(b - a);
    return pyBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  },
};

// ---- prod -------------------------------------------------------------------------------

/** PyLong_AsLongAndOverflow on an exact int: the value, or null when it overflows a C long. */
function asLong(o: PyObject): bigint | null {
  const v = intBig(o);
  return v >= LONG_MIN && v <= LONG_MAX ? v : null;
}

function multiplyRelease(result: PyObject, item: PyObject): PyObject {
  try {
    return abs.binaryOp(result, item, "mul");
  } finally {
    decref(result);
    decref(item);
  }
}

const PROD: ClinicSpec = { fname: "prod", names: ["iterable", "start"], posonly: 1, minpos: 1, maxpos: 1 };
FUNCTIONS["prod"] = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const [iterable, start] = unpackKeywords(PROD, args, kwnames);
    const it = abs.getIter(iterable!);
    try {
      let result: PyObject | null = incref(start ?? newInt(1));
      if (result.type === IntType) {
        let iResult = asLong(result);
        if (iResult !== null) {
          decref(result);
          result = null;
        }
        while (result === null) {
          const item = abs.iterNext(it);
          if (item === null) return intObject(iResult!);
          if (item.type === IntType) {
            const b = asLong(item);
            if (b !== null) {
              const x = iResult! * b;
              if (x >= LONG_MIN && x <= LONG_MAX) {
                iResult = x;
                decref(item);
                continue;
              }
            }
          }
          result = multiplyRelease(intObject(iResult!), item);
        }
      }
      if (result.type === FloatType) {
        let fResult = result.v as number;
        decref(result);
        result = null;
        while (result === null) {
          const item = abs.iterNext(it);
          if (item === null) return newFloat(fResult);
          if (item.type === FloatType) {
            fResult *= item.v as number;
            decref(item);
            continue;
          }
          if (item.type === IntType) {
            const v = asLong(item);
            if (v !== null) {
              fResult *= Number(v);
              decref(item);
              continue;
            }
          }
          result = multiplyRelease(newFloat(fResult), item);
        }
      }
      for (;;) {
        const item = abs.iterNext(it);
        if (item === null) return result;
        try {
          result = multiplyRelease(result, item);
        } catch (e) {
          result = null;
          throw e;
        }
      }
    } finally {
      decref(it);
    }
  },
};

// ---- sumprod --------------------------------------------------------------------------------

/** dl_sum: a + b = hi + lo exactly. */
function dlSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  return [x, (a - (x - z)) + (b - z)];
}

/** tl_fma: total + x*y in triple length. */
function tlFma(x: number, y: number, total: [number, number, number]): [number, number, number] {
  const prHi = x * y;
  const prLo = fma(x, y, -prHi);
  const sm = dlSum(total[0], prHi);
  const r1 = dlSum(total[1], prLo);
  const r2 = dlSum(r1[0], sm[1]);
  return [sm[0], r2[0], total[2] + r1[1] + r2[1]];
}

function tlToD(total: [number, number, number]): number {
  const last = dlSum(total[1], total[0]);
  return total[2] + last[1] + last[0];
}

/** total + term, both consumed. */
function addRelease(total: PyObject, term: PyObject): PyObject {
  try {
    return abs.binaryOp(total, term, "add");
  } finally {
    decref(total);
    decref(term);
  }
}

defN("sumprod", 2, 2, (args) => {
  const pIt = abs.getIter(args[0]!);
  let qIt: PyObject;
  try {
    qIt = abs.getIter(args[1]!);
  } catch (e) {
    decref(pIt);
    throw e;
  }
  let total: PyObject | null = newInt(0);
  /** total + term, with total let go first (addRelease consumes both, even when it raises) */
  const add = (term: PyObject): void => {
    const t = total!;
    total = null;
    total = addRelease(t, term);
  };
  let pI: PyObject | null = null;
  let qI: PyObject | null = null;
  let intPath = true;
  let intInUse = false;
  let intTotal = 0n;
  let fltPath = true;
  let fltInUse = false;
  let fltTotal: [number, number, number] = [0, 0, 0];
  try {
    for (;;) {
      pI = abs.iterNext(pIt);
      qI = abs.iterNext(qIt);
      if ((pI === null) !== (qI === null)) raise(ValueError, "Inputs are not the same length");
      const finished = pI === null;
      if (intPath) {
        if (!finished && pI!.type === IntType && qI!.type === IntType) {
          const a = asLong(pI!);
          const b = a === null ? null : asLong(qI!);
          if (a !== null && b !== null) {
            const prod = a * b;
            const sum = intTotal + prod;
            if (prod >= LONG_MIN && prod <= LONG_MAX && sum >= LONG_MIN && sum <= LONG_MAX) {
              intTotal = sum;
              intInUse = true;
              decref(pI!);
              decref(qI!);
              pI = qI = null;
              continue;
            }
          }
        }
        intPath = false;
        if (intInUse) {
          add(intObject(intTotal));
          intTotal = 0n;
          intInUse = false;
        }
      }
      if (fltPath) {
        let accepted = false;
        if (!finished) {
          const p = pI!;
          const q = qI!;
          const pFloat = p.type === FloatType;
          const qFloat = q.type === FloatType;
          const isIntOrBool = (o: PyObject) => o.type === IntType || o.type === BoolType;
          let x = 0;
          let y = 0;
          let ok = true;
          if (pFloat && qFloat) {
            x = p.v as number;
            y = q.v as number;
          } else if (pFloat && isIntOrBool(q)) {
            x = p.v as number;
            y = Number(intBig(q));
            ok = Number.isFinite(y);
          } else if (qFloat && isIntOrBool(p)) {
            y = q.v as number;
            x = Number(intBig(p));
            ok = Number.isFinite(x);
          } else {
            ok = false;
          }
          if (ok) {
            const next = tlFma(x, y, fltTotal);
            if (Number.isFinite(next[0])) {
              fltTotal = next;
              fltInUse = true;
              accepted = true;
            }
          }
        }
        if (accepted) {
          decref(pI!);
          decref(qI!);
          pI = qI = null;
          continue;
        }
        fltPath = false;
        if (fltInUse) {
          add(newFloat(tlToD(fltTotal)));
          fltTotal = [0, 0, 0];
          fltInUse = false;
        }
      }
      if (finished) return total!;
      add(abs.binaryOp(pI!, qI!, "mul"));
      decref(pI!);
      decref(qI!);
      pI = qI = null;
    }
  } catch (e) {
    if (total !== null) decref(total);
    throw e;
  } finally {
    if (pI !== null) decref(pI);
    if (qI !== null) decref(qI);
    decref(pIt);
    decref(qIt);
  }
});

// ---- nextafter, ulp -------------------------------------------------------------------------

const BITS = new BigUint64Array(F64.buffer);

function toBits(x: number): bigint {
  F64[0] = x;
  return BITS[0]!;
}

function fromBits(b: bigint): number {
  BITS[0] = b;
  return F64[0]!;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return copysign(2 ** -1074, y);
  const b = toBits(x);
  return fromBits((y > x) === (x > 0) ? b + 1n : b - 1n);
}

const NEXTAFTER: ClinicSpec = { fname: "nextafter", names: ["x", "y", "steps"], posonly: 2, minpos: 2, maxpos: 2 };
FUNCTIONS["nextafter"] = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const [xo, yo, stepso] = unpackKeywords(NEXTAFTER, args, kwnames);
    const x = asDouble(xo!);
    const y = asDouble(yo!);
    if (stepso === undefined || stepso === None) return newFloat(nextafter(x, y));
    const so = numberIndex(stepso);
    const s = intBig(so);
    decref(so);
    if (s < 0n) raise(ValueError, "steps must be a non-negative integer");
    const MAX = (1n << 64n) - 1n;
    const steps = s > MAX ? MAX : s;
    if (steps === 0n || Number.isNaN(x)) return newFloat(x);
    if (Number.isNaN(y)) return newFloat(y);
    const ux = toBits(x);
    const uy = toBits(y);
    if (ux === uy) return newFloat(x);
    const SIGN = 1n << 63n;
    const ax = ux & ~SIGN;
    const ay = uy & ~SIGN;
    if (((ux ^ uy) & SIGN) !== 0n) {
      if (ax + ay <= steps) return newFloat(fromBits(uy));
      if (ax < steps) return newFloat(fromBits((uy & SIGN) | (steps - ax)));
      return newFloat(fromBits(ux - steps));
    }
    if (ax > ay) return newFloat(fromBits(ax - ay >= steps ? ux - steps : uy));
    return newFloat(fromBits(ay - ax >= steps ? ux + steps : uy));
  },
};

defO("ulp", (arg) => {
  let x = asDouble(arg);
  if (Number.isNaN(x)) return newFloat(x);
  x = Math.abs(x);
  if (x === Infinity) return newFloat(x);
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return newFloat(x - nextafter(x, -Infinity));
  return newFloat(x2 - x);
});

// =====================================================================================
// The module
// =====================================================================================

const DOC = "This module provides access to the mathematical functions\ndefined by the C standard.";

function makeMathModule(): PyObject {
  const d = newDict();
  const put = (name: string, value: PyObject) => {
    dictSetItem(d, internStr(name), value);
    decref(value);
  };
  put("__name__", newStr("math"));
  put("__doc__", newStr(DOC));
  for (const name of Object.keys(FUNCTIONS).sort()) put(name, newBuiltin(name, FUNCTIONS[name]!, null, "math"));
  put("pi", newFloat(Math.PI));
  put("e", newFloat(Math.E));
  put("tau", newFloat(2 * Math.PI));
  put("inf", newFloat(Infinity));
  put("nan", newFloat(NaN));
  return newModule("math", d);
}

registerModule("math", makeMathModule);
