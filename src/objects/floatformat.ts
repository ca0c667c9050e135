// Correctly rounded float -> decimal conversion as CPython does it with David Gay's
// dtoa (Python/dtoa.c) and lays it out (Python/pystrtod.c PyOS_double_to_string /
// format_float_short). Rounding is round-half-even on the exact binary value:
// format(2.5, '.0f') == '2' and format(0.125, '.2f') == '0.12', unlike JS toFixed(),
// which breaks exact ties upward and stops at 100 digits. The exact value of a
// double is m * 2**e, so every rounding here is one bigint division.

import { floatRepr } from "../values/floatrepr.js";

/** Digits as _Py_dg_dtoa returns them: no trailing zeros, value = 0.DIGITS * 10**decpt. */
export interface DecimalDigits {
  digits: string;
  decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| = mantissa * 2**exponent exactly (x finite, nonzero). */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  f64[0] = x;
  const hi = u32[1]! & 0x7fffffff;
  const lo = u32[0]!;
  const biased = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: frac, exponent: -1074 };
  return { mantissa: frac | (1n << 52n), exponent: biased - 1075 };
}

const POW10_CACHE: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) return (POW10_CACHE[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

/**
 * floor(|x| * 10**scale) exactly, and whether round-half-even goes one above it.
 */
function scaled(x: number, scale: number): [bigint, boolean] {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (scale >= 0) num *= pow10(scale);
  else den = pow10(-scale);
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  const q = num / den;
  const twice = (num - q * den) * 2n;
  return [q, twice > den || (twice === den && (q & 1n) === 1n)];
}

/** round-half-even(|x| * 10**scale) as an exact integer. */
function scaledRound(x: number, scale: number): bigint {
  const [q, up] = scaled(x, scale);
  return up ? q + 1n : q;
}

function stripZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

// A double's exact decimal expansion has at most 1074 digits after the point and
// at most 767 significant digits, so asking for more cannot change the digits.
const MAX_FRACTION_DIGITS = 1100;
const MAX_SIGNIFICANT_DIGITS = 800;

/**
 * Could |x| * 10**m be exactly halfway between two integers? Then 2|x|*10**m is odd,
 * which needs |x| * 2**(m+1) to be an odd integer (m >= 0) or |x| / 2**(-m-1) to
 * be one (m < 0). Only those values can be exact ties; for everything else the
 * JS conversions, which are exact apart from breaking ties upward, are correct.
 */
function mayBeTie(ax: number, m: number): boolean {
  const y = m >= 0 ? ax * 2 ** (m + 1) : Number.isInteger(ax) ? ax / 2 ** (-m - 1) : 0.5;
  return Number.isInteger(y) && y % 2 === 1;
}

/** Digits and decpt from JS's "d.ddde±k" (toExponential) output. */
function fromExponential(text: string): DecimalDigits {
  const e = text.indexOf("e");
  const digits = stripZeros(text[0]! + text.slice(2, e));
  return { digits, decpt: Number(text.slice(e + 1)) + 1 };
}

/** Digits and decpt from JS's "iii.fff" (toFixed) output, |x| < 1e21. */
function fromFixed(text: string, n: number): DecimalDigits {
  const dot = text.indexOf(".");
  const intPart = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? "" : text.slice(dot + 1);
  if (intPart !== "0") return { digits: stripZeros(intPart + frac), decpt: intPart.length };
  let lead = 0;
  while (lead < frac.length && frac.charCodeAt(lead) === 48) lead++;
  if (lead === frac.length) return { digits: "", decpt: -n };
  return { digits: stripZeros(frac.slice(lead)), decpt: -lead };
}

/** dtoa mode 3: correctly rounded to `ndigits` places after the point. */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const ax = Math.abs(x);
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && !mayBeTie(ax, ndigits)) {
    return fromFixed(ax.toFixed(ndigits), ndigits);
  }
  const n = Math.min(ndigits, MAX_FRACTION_DIGITS);
  const q = scaledRound(x, n);
  if (q === 0n) return { digits: "", decpt: -n };
  const text = q.toString();
  return { digits: stripZeros(text), decpt: text.length - n };
}

/** dtoa mode 2: correctly rounded to `ndigits` (>= 1) significant digits. */
export function significantDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const ax = Math.abs(x);
  if (ndigits <= 101) {
    const text = ax.toExponential(ndigits - 1);
    // k from the output, or one less if rounding carried (9.5 -> 1e+1)
    const k = Number(text.slice(text.indexOf("e") + 1));
    if (!mayBeTie(ax, ndigits - 1 - k) && !mayBeTie(ax, ndigits - k)) return fromExponential(text);
  }
  const n = Math.min(ndigits, MAX_SIGNIFICANT_DIGITS);
  // Find k with 10**k <= |x| < 10**(k+1) exactly: Math.log10 can be off by one
  // near powers of ten, so check that floor(|x| * 10**(n-1-k)) has n digits.
  let k = Math.floor(Math.log10(Math.abs(x)));
  const low = pow10(n - 1);
  const high = pow10(n);
  for (;;) {
    const [q, up] = scaled(x, n - 1 - k);
    if (q < low) { k -= 1; continue; }
    if (q >= high) { k += 1; continue; }
    const r = up ? q + 1n : q;
    // Rounding can carry into a new digit: 9.995 -> 10.0.
    if (r === high) return { digits: "1", decpt: k + 2 };
    return { digits: stripZeros(r.toString()), decpt: k + 1 };
  }
}

/** dtoa mode 0: the shortest digits that round-trip (JS agrees with Gay here). */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const [mantissa, exp] = Math.abs(x).toExponential().split("e") as [string, string];
  return { digits: mantissa.replace(".", ""), decpt: Number(exp) + 1 };
}

export interface DtoaFlags {
  /** Py_DTSF_SIGN: always write a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral results in fixed notation get ".0" (repr, format type ''). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' — keep the decimal point and, for 'g', trailing zeros. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' — drop the sign of a result that rounds to zero. */
  noNeg0?: boolean;
}

export type DtoaCode = "e" | "E" | "f" | "F" | "g" | "G" | "r";

/**
 * PyOS_double_to_string(x, code, precision, flags). 'r' is repr (precision unused);
 * 'e' gives precision digits after the point, 'f' precision places, 'g' precision
 * significant digits (0 means 1). Upper-case codes use "E", "INF" and "NAN".
 */
export function doubleToString(x: number, code: DtoaCode, precision: number, flags: DtoaFlags = {}): string {
  const upper = code === "E" || code === "F" || code === "G";
  const lower = code.toLowerCase() as "e" | "f" | "g" | "r";
  const negative = x < 0 || Object.is(x, -0);
  let sign = negative ? "-" : flags.sign ? "+" : "";
  if (Number.isNaN(x)) return (flags.sign ? "+" : "") + (upper ? "NAN" : "nan");
  if (!Number.isFinite(x)) return sign + (upper ? "INF" : "inf");
  let dd: DecimalDigits;
  if (lower === "r") dd = shortestDigits(x);
  else if (lower === "e") dd = significantDigits(x, precision + 1);
  else if (lower === "f") dd = fixedDigits(x, precision);
  else dd = significantDigits(x, precision === 0 ? 1 : precision);
  if (flags.noNeg0 && negative && (dd.digits === "" || dd.digits === "0")) sign = flags.sign ? "+" : "";
  return sign + layoutShort(dd, lower, precision, flags, upper ? "E" : "e");
}

/**
 * format_float_short's layout: output the slice [start, end) of the digit string
 * padded with infinitely many zeros on both sides, putting the point after decpt
 * digits, choosing exponent notation per the presentation type.
 */
function layoutShort(dd: DecimalDigits, code: "e" | "f" | "g" | "r", precision: number, flags: DtoaFlags, e: string): string {
  const { digits } = dd;
  let decpt = dd.decpt;
  const nDigits = digits.length;
  let end = nDigits;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      end = precision + 1;
      break;
    case "f":
      end = decpt + precision;
      break;
    case "g": {
      const p = precision === 0 ? 1 : precision;
      if (decpt <= -4 || decpt > (flags.addDot0 ? p - 1 : p)) useExp = true;
      if (flags.alt) end = p;
      break;
    }
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const start = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) end = Math.max(end, decpt + 1);
  else end = Math.max(end, decpt);

  let out: string;
  if (decpt <= 0) out = "0".repeat(decpt - start) + "." + "0".repeat(-decpt) + digits;
  else if (decpt <= nDigits) out = "0".repeat(-start) + digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out = digits + "0".repeat(decpt - nDigits) + ".";
  // trailing zeros up to the virtual end
  out += "0".repeat(Math.max(0, end - Math.max(nDigits, decpt)));
  if (out.endsWith(".") && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const mag = String(Math.abs(exp)).padStart(2, "0");
    out += e + (exp < 0 ? "-" : "+") + mag;
  }
  return out;
}

/** str(float) == repr(float) in Python 3. */
export function floatStr(x: number): string {
  return floatRepr(x);
}
