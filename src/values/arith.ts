// Python arithmetic on plain JS values: int as bigint, float as number, bool as
// boolean. Used by the compiler's constant folding and by the int/float types, so
// that folded and computed results agree. Each function returns undefined where
// Python would raise (the caller raises the right exception or skips folding).

export type Num = bigint | number | boolean;

export function toBigInt(v: bigint | boolean): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : v;
}

/** int → float as Python does it (correctly rounded); undefined on OverflowError. */
export function intToFloat(v: bigint): number | undefined {
  const f = Number(v);
  return Number.isFinite(f) ? f : undefined;
}

export function floorDivInt(a: bigint, b: bigint): bigint | undefined {
  if (b === 0n) return undefined;
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function modInt(a: bigint, b: bigint): bigint | undefined {
  if (b === 0n) return undefined;
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** float_divmod (Objects/floatobject.c): floor division and modulo with Python's signs. */
export function divmodFloat(vx: number, wx: number): [number, number] | undefined {
  if (wx === 0) return undefined;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = Math.sign(wx) < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** int ** int; negative exponents give floats, as in Python. */
export function powInt(a: bigint, b: bigint): bigint | number | undefined {
  if (b >= 0n) return a ** b;
  const base = intToFloat(a);
  const exp = intToFloat(b);
  if (base === undefined || exp === undefined || base === 0) return undefined;
  return powFloat(base, exp);
}

/** float ** float with Python's errors (ZeroDivisionError, complex results, overflow). */
export function powFloat(a: number, b: number): number | undefined {
  if (a === 0 && b < 0) return undefined;
  if (a < 0 && Number.isFinite(b) && !Number.isInteger(b)) return undefined; // complex result
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) return undefined; // OverflowError
  return r;
}

/** true division of two ints, correctly rounded when both are exact doubles. */
export function trueDivInt(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isSafeInteger(fa) && Number.isSafeInteger(fb)) return fa / fb;
  return undefined; // large operands need exact rounding: left to the runtime int type
}

export function bitLength(v: bigint): number {
  const abs = v < 0n ? -v : v;
  return abs === 0n ? 0 : abs.toString(2).length;
}
