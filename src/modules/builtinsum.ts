// sum(iterable, /, start=0): bltinmodule.c's builtin_sum_impl, stage by stage, because
// its fast paths decide which objects exist (no intermediate int or float is made
// while the running total fits a C long or a double) and 3.12 sums floats with
// Neumaier's compensated algorithm, so the digits differ from repeated `+`.
import * as abs from "../objects/abstract.js";
import { newFloat } from "../objects/floatobject.js";
import { newInt } from "../objects/longobject.js";
import { decref, type PyObject } from "../objects/object.js";
import { isSubtype } from "../objects/typeobject.js";
import * as T from "../objects/types.js";

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** PyLong_AsLongAndOverflow: the value when it fits a C long, else null. */
function asLong(o: PyObject): number | bigint | null {
  const v = o.v as number | bigint | boolean;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  return v >= LONG_MIN && v <= LONG_MAX ? v : null;
}

/** i + b when it stays within a C long, else null. */
function addLong(i: number | bigint, b: number | bigint): number | bigint | null {
  if (typeof i === "number" && typeof b === "number") {
    const r = i + b;
    if (Number.isSafeInteger(r)) return r;
  }
  const r = BigInt(i) + BigInt(b);
  if (r < LONG_MIN || r > LONG_MAX) return null;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/**
 * Sum the items of iterator `it` (borrowed) onto `result` (consumed). While a fast
 * path runs the total lives in a JS number and no result object is owned.
 */
export function sumIterator(it: PyObject, result: PyObject): PyObject {
  let item: PyObject | null = null;
  if (result.type === T.IntType) {
    const start = asLong(result);
    if (start !== null) {
      let total: number | bigint = start;
      decref(result);
      for (;;) {
        item = abs.iterNext(it);
        if (item === null) return newInt(total);
        if (item.type === T.IntType || item.type === T.BoolType) {
          const b = asLong(item);
          const next: number | bigint | null = b === null ? null : addLong(total, b);
          if (next !== null) {
            total = next;
            decref(item);
            continue;
          }
        }
        // Overflow or not an int: back to real objects.
        result = addAndRelease(newInt(total), item);
        break;
      }
    }
  }
  if (result.type === T.FloatType) {
    let total = result.v as number;
    let c = 0;
    decref(result);
    for (;;) {
      item = abs.iterNext(it);
      if (item === null) {
        // keep the sign of a negative zero; never turn an inf/overflow into a NaN
        if (c !== 0 && Number.isFinite(c)) total += c;
        return newFloat(total);
      }
      if (item.type === T.FloatType) {
        // Neumaier's improvement of Kahan–Babuška summation
        const x = item.v as number;
        const t = total + x;
        if (Math.abs(total) >= Math.abs(x)) c += total - t + x;
        else c += x - t + total;
        total = t;
        decref(item);
        continue;
      }
      if (isSubtype(item.type, T.IntType)) {
        const value = asLong(item);
        if (value !== null) {
          total += Number(value);
          decref(item);
          continue;
        }
      }
      if (c !== 0 && Number.isFinite(c)) total += c;
      result = addAndRelease(newFloat(total), item);
      break;
    }
  }
  for (;;) {
    try {
      item = abs.iterNext(it);
    } catch (e) {
      decref(result);
      throw e;
    }
    if (item === null) return result;
    result = addAndRelease(result, item);
  }
}

/** PyNumber_Add(result, item), releasing both; on error both are released too. */
function addAndRelease(result: PyObject, item: PyObject): PyObject {
  try {
    return abs.binaryOp(result, item, "add");
  } finally {
    decref(result);
    decref(item);
  }
}
