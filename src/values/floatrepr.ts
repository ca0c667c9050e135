// repr(float) as CPython computes it: the shortest digit string that round-trips
// (David Gay's "mode 0", which JS's toExponential() with no argument also yields),
// laid out by float_repr_style 'short' rules (Python/pystrtod.c, format_float_short):
// fixed notation when -4 <= exponent < 16, otherwise d.ddde±XX with at least two
// exponent digits; an integral value in fixed notation gets ".0".

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exponent = Number(expText);
  return sign + layoutDigits(digits, exponent);
}

/** Place the decimal point in `digits` (d.ddd × 10**exponent) as repr() does. */
function layoutDigits(digits: string, exponent: number): string {
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? "." + digits.slice(1) : "";
    const expSign = exponent < 0 ? "-" : "+";
    return `${digits[0]}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return "0." + "0".repeat(-exponent - 1) + digits;
  const intLen = exponent + 1;
  if (digits.length <= intLen) return digits + "0".repeat(intLen - digits.length) + ".0";
  return digits.slice(0, intLen) + "." + digits.slice(intLen);
}
