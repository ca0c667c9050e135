// int (Objects/longobject.c), the core: values, the small-int cache and sizes. Number
// slots and methods are added by intmethods.ts.
//
// Payload `v`: a JS number when the value is a safe integer (|v| < 2**53), else a
// bigint — always normalised, so the fast paths can test `typeof v === "number"`.
// Size: 24 + 4 × max(1, number of 30-bit digits), as int.__sizeof__ in 3.12.
import { PyObject } from "./object.js";
import { allocObject, freeObject } from "./runtime.js";
import { staticObject } from "./singletons.js";
import { IntType } from "./types.js";
import { tp } from "./typeobject.js";

export const NSMALLNEGINTS = 5;
export const NSMALLPOSINTS = 257;

/** −5 … 256 are static and immortal (_PY_NSMALLNEGINTS, _PY_NSMALLPOSINTS). */
const smallInts: PyObject[] = [];
for (let i = -NSMALLNEGINTS; i < NSMALLPOSINTS; i++) smallInts.push(staticObject(IntType, i, 32));

export type IntValue = number | bigint;

/** Normalise a bigint result: safe integers become numbers. */
export function normInt(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function intSize(v: IntValue): number {
  return 24 + 4 * Math.max(1, ndigits(v));
}

/** Number of 30-bit digits of |v| (0 for zero). */
export function ndigits(v: IntValue): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a === 0) return 0;
    if (a < 1073741824) return 1;
    if (a < 1152921504606846976) return 2;
    return Math.ceil((Math.floor(Math.log2(a)) + 1) / 30);
  }
  const a = v < 0n ? -v : v;
  return Math.ceil(a.toString(2).length / 30);
}

/** A new reference to the int with value v (v must be normalised: see normInt). */
export function newInt(v: IntValue): PyObject {
  if (typeof v === "number" && v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) return smallInts[v + NSMALLNEGINTS]!;
  return allocObject(IntType, intSize(v), v, null);
}

export function newIntFromBig(v: bigint): PyObject {
  return newInt(normInt(v));
}

export function smallInt(v: number): PyObject {
  return smallInts[v + NSMALLNEGINTS]!;
}

/** The value of an int (or bool) object as a bigint. */
export function intBig(o: PyObject): bigint {
  return typeof o.v === "number" ? BigInt(o.v) : (o.v as bigint);
}

const data = tp(smallInts[0]!);
data.dealloc = (o) => freeObject(o);
data.sizeof = (o) => intSize(o.v as IntValue);
