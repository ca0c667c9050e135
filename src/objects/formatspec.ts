// The format-spec mini-language (format(), str.format, f-strings) as CPython 3.12
// implements it in Python/formatter_unicode.c, plus the numeric conversions of
// printf-style '%' formatting (Objects/unicodeobject.c) and float.__round__
// (Objects/floatobject.c). Locale-dependent 'n' behaves as in the C locale, which
// is what CPython uses unless the program calls locale.setlocale().

import { doubleToString, fixedDigits, type DtoaCode, type DtoaFlags } from "./floatformat.js";

export { floatStr } from "./floatformat.js";

/** A Python exception raised by the formatting code: the object layer maps it. */
export class PyFormatError extends Error {
  constructor(readonly pyType: "ValueError" | "OverflowError" | "MemoryError", message: string) {
    super(message);
    this.name = pyType;
  }
}

function valueError(message: string): PyFormatError {
  return new PyFormatError("ValueError", message);
}

// V8 strings stop at 2**29 - 24 code units. CPython would try to build such a
// result (and usually raise MemoryError), so refuse early with MemoryError.
const MAX_OUTPUT = 2 ** 28;

function checkSize(width: number, precision: number): void {
  if (width > MAX_OUTPUT || precision > MAX_OUTPUT) throw new PyFormatError("MemoryError", "");
}

export type Align = "<" | ">" | "^" | "=";

/** InternalFormatSpec after parse_internal_render_format_spec. */
export interface FormatSpec {
  fill: string;
  align: Align;
  sign: "" | "+" | "-" | " ";
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when no width was given. */
  width: number;
  grouping: "" | "," | "_";
  /** -1 when no precision was given. */
  precision: number;
  /** '' when no type was given and the default type is '' (floats). */
  type: string;
}

export interface ParseOptions {
  /** tp_name used in error messages, e.g. 'int', 'bool', 'float', 'str'. */
  typeName?: string;
  /** Type code used when the spec has none: 'd' for int, '' for float, 's' for str. */
  defaultType?: string;
  /** '>' for numbers, '<' for strings. */
  defaultAlign?: Align;
}

const PY_SSIZE_T_MAX = (1n << 63n) - 1n;
const DECIMAL = /\p{Nd}/u;

/**
 * Py_UNICODE_TODECIMAL: Unicode guarantees that every decimal digit block is ten
 * contiguous code points 0..9, so the value is the offset within its run.
 */
function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !DECIMAL.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** get_integer: decimal digits at cps[pos..]; returns [value, newPos, consumed]. */
function readInteger(cps: number[], pos: number): [number, number, number] {
  let acc = 0;
  let i = pos;
  for (; i < cps.length; i++) {
    const d = decimalValue(cps[i]!);
    if (d < 0) break;
    // Exact below 2**53; past 15 digits re-check against PY_SSIZE_T_MAX in BigInt.
    if (i - pos >= 15) return readBigInteger(cps, pos);
    acc = acc * 10 + d;
  }
  return [acc, i, i - pos];
}

function readBigInteger(cps: number[], pos: number): [number, number, number] {
  let acc = 0n;
  let i = pos;
  for (; i < cps.length; i++) {
    const d = decimalValue(cps[i]!);
    if (d < 0) break;
    if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) throw valueError("Too many decimal digits in format string");
    acc = acc * 10n + BigInt(d);
  }
  return [Number(acc), i, i - pos];
}

function isAlign(cp: number | undefined): boolean {
  return cp === 0x3c || cp === 0x3e || cp === 0x3d || cp === 0x5e; // < > = ^
}

function codeDescription(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : "\\x" + cp.toString(16);
}

// Specs are nearly always literals, so parsed results are memoised (read-only).
const specCache = new Map<string, Readonly<FormatSpec>>();
const SPEC_CACHE_LIMIT = 512;

/** parse_internal_render_format_spec, with its error messages. The result is
 *  shared between calls with the same arguments: do not mutate it. */
export function parseFormatSpec(spec: string, options: ParseOptions = {}): Readonly<FormatSpec> {
  const key = `${options.typeName ?? ""}\0${options.defaultType ?? ""}${options.defaultAlign ?? ""}\0${spec}`;
  let parsed = specCache.get(key);
  if (parsed === undefined) {
    parsed = Object.freeze(parseUncached(spec, options));
    if (specCache.size >= SPEC_CACHE_LIMIT) specCache.clear();
    specCache.set(key, parsed);
  }
  return parsed;
}

function parseUncached(spec: string, options: ParseOptions): FormatSpec {
  const typeName = options.typeName ?? "object";
  const defaultAlign = options.defaultAlign ?? ">";
  const cps: number[] = [];
  for (let i = 0; i < spec.length; i++) {
    const cp = spec.codePointAt(i)!;
    cps.push(cp);
    if (cp > 0xffff) i++;
  }
  const out: FormatSpec = {
    fill: " ", align: defaultAlign, sign: "", noNeg0: false, alternate: false,
    width: -1, grouping: "", precision: -1, type: options.defaultType ?? "",
  };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  const at = (i: number): number | undefined => cps[i];
  if (cps.length >= 2 && isAlign(at(1))) {
    out.fill = String.fromCodePoint(at(0)!);
    out.align = String.fromCodePoint(at(1)!) as Align;
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (cps.length >= 1 && isAlign(at(0))) {
    out.align = String.fromCodePoint(at(0)!) as Align;
    alignSpecified = true;
    pos = 1;
  }
  const c = at(pos);
  if (c === 0x2b || c === 0x2d || c === 0x20) {
    out.sign = String.fromCodePoint(c) as FormatSpec["sign"];
    pos++;
  }
  if (at(pos) === 0x7a) { // z
    out.noNeg0 = true;
    pos++;
  }
  if (at(pos) === 0x23) { // #
    out.alternate = true;
    pos++;
  }
  // A leading '0' means zero fill and, for right-aligned defaults, '=' alignment.
  if (!fillSpecified && at(pos) === 0x30) {
    out.fill = "0";
    if (!alignSpecified && defaultAlign === ">") out.align = "=";
    pos++;
  }
  let consumed: number;
  [out.width, pos, consumed] = readInteger(cps, pos);
  if (consumed === 0) out.width = -1;
  if (at(pos) === 0x2c) { // ,
    out.grouping = ",";
    pos++;
  }
  if (at(pos) === 0x5f) { // _
    if (out.grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    out.grouping = "_";
    pos++;
  }
  if (at(pos) === 0x2c && out.grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (at(pos) === 0x2e) { // .
    [out.precision, pos, consumed] = readInteger(cps, pos + 1);
    if (consumed === 0) throw valueError("Format specifier missing precision");
  }
  if (cps.length - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (cps.length - pos === 1) out.type = String.fromCodePoint(at(pos)!);
  if (out.grouping !== "") checkGroupingType(out);
  return out;
}

/** PEP 378 / PEP 515: which presentation types accept ',' and '_'. */
function checkGroupingType(spec: FormatSpec): void {
  // '' and NUL both stand for "no type" (C's '\0'), which floats accept.
  if (spec.type === "" || spec.type === "\0" || (spec.type.length === 1 && "defgEGF%".includes(spec.type))) return;
  if (spec.type.length === 1 && "boxX".includes(spec.type) && spec.grouping === "_") return;
  throw valueError(`Cannot specify '${spec.grouping}' with '${codeDescription(spec.type)}'.`);
}

function unknownCode(type: string, typeName: string): PyFormatError {
  return valueError(`Unknown format code '${codeDescription(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------- number layout

/** A number split as calc_number_widths sees it. */
interface NumberParts {
  negative: boolean;
  prefix: string;
  digits: string;
  hasDecimal: boolean;
  remainder: string;
}

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * _PyUnicode_InsertThousandsGrouping: groups of `size` digits (0 = no grouping)
 * from the right, left-padded with '0' digits (and separators) up to minWidth —
 * this is how the '0' flag pads a grouped number: format(1234, '010,') == '00,001,234'.
 */
function groupDigits(digits: string, minWidth: number, size: number, sep: string): string {
  if (size === 0) {
    const len = Math.max(digits.length, minWidth, 1);
    return "0".repeat(len - digits.length) + digits;
  }
  const groups: string[] = [];
  let remaining = digits.length;
  let width = minWidth;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, width, 1));
    const chars = Math.max(0, Math.min(remaining, len));
    groups.push("0".repeat(Math.max(0, len - remaining)) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
    width -= len;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return groups.reverse().join(sep);
}

/** calc_number_widths + fill_number. */
function layoutNumber(parts: NumberParts, spec: Readonly<FormatSpec>, groupSize: number, upper: boolean): string {
  let sign = "";
  if (spec.sign === "+") sign = parts.negative ? "-" : "+";
  else if (spec.sign === " ") sign = parts.negative ? "-" : " ";
  else if (parts.negative) sign = "-";
  const nonDigits = sign.length + parts.prefix.length + (parts.hasDecimal ? 1 : 0) + cpLength(parts.remainder);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigits : 0;
  const sep = groupSize === 0 ? "" : spec.grouping;
  let grouped = parts.digits.length === 0 ? "" : groupDigits(parts.digits, minWidth, groupSize, sep);
  let prefix = parts.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = spec.width - (nonDigits + grouped.length);
  let left = 0, inner = 0, right = 0;
  if (padding > 0) {
    if (spec.align === "<") right = padding;
    else if (spec.align === "^") { left = padding >> 1; right = padding - left; }
    else if (spec.align === "=") inner = padding;
    else left = padding;
  }
  const fill = spec.fill;
  return fill.repeat(left) + sign + prefix + fill.repeat(inner) + grouped +
    (parts.hasDecimal ? "." : "") + parts.remainder + fill.repeat(right);
}

function groupSizeFor(spec: Readonly<FormatSpec>): number {
  if (spec.grouping === "" || spec.type === "n") return 0;
  return spec.grouping === "_" && spec.type.length === 1 && "boxX".includes(spec.type) ? 4 : 3;
}

// ---------------------------------------------------------------- int

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** format(int, spec) — format_long_internal, or the float path for e/f/g/%. */
export function formatInt(v: bigint, spec: string | Readonly<FormatSpec>, typeName = "int"): string {
  if (spec === "") return v.toString();
  const f = typeof spec === "string" ? parseFormatSpec(spec, { typeName, defaultType: "d", defaultAlign: ">" }) : spec;
  switch (f.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      return formatLongInternal(v, f);
    case "e": case "E": case "f": case "F": case "g": case "G": case "%": {
      const x = Number(v);
      if (!Number.isFinite(x)) throw new PyFormatError("OverflowError", "int too large to convert to float");
      return formatFloatInternal(x, f);
    }
    default:
      throw unknownCode(f.type, typeName);
  }
}

function formatLongInternal(v: bigint, f: Readonly<FormatSpec>): string {
  checkSize(f.width, -1);
  if (f.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (f.noNeg0) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < INT64_MIN || v > INT64_MAX) {
      throw new PyFormatError("OverflowError", "Python int too large to convert to C long");
    }
    if (v < 0n || v > 0x10ffffn) throw new PyFormatError("OverflowError", "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber({ negative: false, prefix: "", digits: "", hasDecimal: false, remainder: ch }, f, 0, false);
  }
  const base = f.type === "b" ? 2 : f.type === "o" ? 8 : f.type === "x" || f.type === "X" ? 16 : 10;
  const prefix = !f.alternate || base === 10 ? "" : base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString(base);
  return layoutNumber({ negative, prefix, digits, hasDecimal: false, remainder: "" }, f, groupSizeFor(f), f.type === "X");
}

// ---------------------------------------------------------------- float

/** format(float, spec) — format_float_internal. '' gives str(x). */
export function formatFloat(x: number, spec: string | Readonly<FormatSpec>, typeName = "float"): string {
  if (spec === "") return doubleToString(x, "r", 0, { addDot0: true });
  const f = typeof spec === "string" ? parseFormatSpec(spec, { typeName, defaultType: "", defaultAlign: ">" }) : spec;
  // An explicit NUL type code is indistinguishable from none in C.
  switch (f.type === "\0" ? "" : f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return formatFloatInternal(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

function formatFloatInternal(x: number, f: Readonly<FormatSpec>): string {
  if (f.precision > 0x7fffffff) throw valueError("precision too big");
  checkSize(f.width, f.precision);
  let precision = f.precision;
  let type = f.type === "\0" ? "" : f.type;
  const flags: DtoaFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  let defaultPrecision = 6;
  if (type === "") {
    // Like repr() without a precision, else like 'g' with at least one digit after the point.
    flags.addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let percent = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let text = doubleToString(x, type as DtoaCode, precision, flags);
  if (percent) text += "%";
  return layoutNumber(splitFloat(text), f, groupSizeFor(f), false);
}

/** parse_number: sign, leading digits, '.', and the rest (fraction, exponent, '%', "inf"). */
function splitFloat(text: string): NumberParts {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  const hasDecimal = body[i] === ".";
  return { negative, prefix: "", digits: body.slice(0, i), hasDecimal, remainder: body.slice(hasDecimal ? i + 1 : i) };
}

// ---------------------------------------------------------------- str

/** format(str, spec) — format_string_internal. Widths count code points. */
export function formatStr(s: string, spec: string | Readonly<FormatSpec>, typeName = "str"): string {
  if (spec === "") return s;
  const f = typeof spec === "string" ? parseFormatSpec(spec, { typeName, defaultType: "s", defaultAlign: "<" }) : spec;
  if (f.type !== "s") throw unknownCode(f.type, typeName);
  if (f.sign === " ") throw valueError("Space not allowed in string format specifier");
  if (f.sign !== "") throw valueError("Sign not allowed in string format specifier");
  if (f.noNeg0) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  checkSize(f.width, -1);
  let text = s;
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    text = Array.from(s).slice(0, f.precision).join("");
    len = f.precision;
  }
  return padText(text, len, f.width, f.align, f.fill);
}

/** calc_padding for strings: '>' right-justifies, '^' centres (extra on the right), else left. */
function padText(text: string, len: number, width: number, align: Align, fill: string): string {
  const total = width > len ? width : len;
  const left = align === ">" ? total - len : align === "^" ? (total - len) >> 1 : 0;
  return fill.repeat(left) + text + fill.repeat(total - len - left);
}

// ---------------------------------------------------------------- printf-style

/** Conversion flags of a '%' directive: '-', '+', ' ', '#', '0'. */
export interface PercentFlags {
  left?: boolean;
  sign?: boolean;
  blank?: boolean;
  alt?: boolean;
  zero?: boolean;
}

/** Parse a flag string such as "-#0" into PercentFlags. */
export function percentFlags(text: string): PercentFlags {
  return {
    left: text.includes("-"), sign: text.includes("+"), blank: text.includes(" "),
    alt: text.includes("#"), zero: text.includes("0"),
  };
}

/**
 * unicode_format_arg_output for numeric conversions: the sign goes before zero
 * fill, or after space fill; '-' pads on the right with spaces; '#' with o/x/X
 * keeps the 0o/0x prefix before the zeros.
 */
function padPercentNumber(body: string, flags: PercentFlags, width: number, conv: string): string {
  const fill = flags.zero ? "0" : " ";
  let sign = "";
  let rest = body;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest[0]!;
    rest = rest.slice(1);
  } else if (flags.sign) sign = "+";
  else if (flags.blank) sign = " ";
  let prefix = "";
  if (flags.alt && (conv === "x" || conv === "X" || conv === "o")) {
    prefix = rest.slice(0, 2);
    rest = rest.slice(2);
  }
  const pad = width - (sign.length + prefix.length + rest.length);
  if (pad <= 0) return sign + prefix + rest;
  if (flags.left) return sign + prefix + rest + " ".repeat(pad);
  if (fill === "0") return sign + prefix + "0".repeat(pad) + rest;
  return " ".repeat(pad) + sign + prefix + rest;
}

/** '%e' '%E' '%f' '%F' '%g' '%G' % x (formatfloat); width/precision -1 = absent. */
export function formatFloatPercent(
  x: number, flags: PercentFlags, width: number, precision: number, conv: "e" | "E" | "f" | "F" | "g" | "G",
): string {
  checkSize(width, precision);
  const body = doubleToString(x, conv, precision < 0 ? 6 : precision, { alt: flags.alt ?? false });
  return padPercentNumber(body, flags, width, conv);
}

/** '%d' '%i' '%u' '%o' '%x' '%X' % v (_PyUnicode_FormatLong): precision = minimum digits. */
export function formatIntPercent(
  v: bigint, flags: PercentFlags, width: number, precision: number, conv: "d" | "i" | "u" | "o" | "x" | "X",
): string {
  checkSize(width, precision);
  const base = conv === "o" ? 8 : conv === "x" || conv === "X" ? 16 : 10;
  const negative = v < 0n;
  let digits = (negative ? -v : v).toString(base);
  if (precision > digits.length) digits = "0".repeat(precision - digits.length) + digits;
  const prefix = flags.alt && base !== 10 ? (base === 8 ? "0o" : "0x") : "";
  let body = (negative ? "-" : "") + prefix + digits;
  if (conv === "X") body = body.toUpperCase();
  return padPercentNumber(body, flags, width, conv);
}

/** '%s' '%r' '%a' padding of an already converted string: precision truncates. */
export function formatStrPercent(s: string, flags: PercentFlags, width: number, precision: number): string {
  checkSize(width, -1);
  let text = s;
  let len = cpLength(s);
  if (precision >= 0 && len > precision) {
    text = Array.from(s).slice(0, precision).join("");
    len = precision;
  }
  if (width <= len) return text;
  return flags.left ? text + " ".repeat(width - len) : " ".repeat(width - len) + text;
}

// ---------------------------------------------------------------- round()

// float.__round__ leaves x alone past this many places and returns ±0.0 before
// the negative bound: (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and (DBL_MAX_EXP + 1) * 0.30103.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x) (ndigits absent or None) -> int, half to even; round(x, n) -> float,
 * correctly rounded like double_round: the exact value is rounded half-even to n
 * decimal places and the decimal result is read back as the nearest double.
 */
export function roundFloat(x: number, ndigits?: bigint | number | null): number | bigint {
  if (ndigits === undefined || ndigits === null) {
    if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new PyFormatError("OverflowError", "cannot convert float infinity to integer");
    let r = Math.round(x); // rounds half up; fix exact halves to even
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return BigInt(r);
  }
  if (!Number.isFinite(x)) return x;
  // PyNumber_AsSsize_t clips out-of-range ndigits; anything past the bounds acts alike.
  const n = typeof ndigits === "bigint"
    ? Number(ndigits > 100000n ? 100000n : ndigits < -100000n ? -100000n : ndigits)
    : ndigits;
  if (n > NDIGITS_MAX) return x;
  if (n < NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  // dtoa mode 3 also accepts a negative ndigits: rounding to a multiple of 10**-n.
  const { digits, decpt } = fixedDigits(x, n);
  const sign = x < 0 ? "-" : "";
  const rounded = Number(`${sign}0${digits}e${decpt - digits.length}`);
  if (!Number.isFinite(rounded)) throw new PyFormatError("OverflowError", "rounded value too large to represent");
  return rounded;
}
