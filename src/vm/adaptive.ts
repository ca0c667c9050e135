// CPython 3.12's adaptive BINARY_OP (Python/specialize.c, bytecodes.c), where it changes
// what a program can observe about memory:
//   BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT write the result into an operand whose only
//     reference is the stack's (DECREF_INPUTS_AND_REUSE_FLOAT), so `x * 2.0 + 1.0` in a
//     loop reuses objects instead of taking them from the float free list;
//   BINARY_OP_INPLACE_ADD_UNICODE (`s += t` or `s = s + t` stored back into the same
//     local) extends the string in place with PyObject_Realloc when nothing else holds
//     it, so its id can stay the same and concatenation loops are not quadratic.
// The other specialisations (int and str operations) make the same objects as the
// generic instruction, so they only matter as states: a site specialised for ints
// deoptimises on floats.
//
// Each BINARY_OP site keeps CPython's 16-bit adaptive counter (value << 4 | backoff) and
// the specialised form. A site starts at the warm-up counter (1, 1): its first execution
// is generic, the second specialises from the operands it sees; a failed attempt backs
// off exponentially, a success waits 52 misses before trying again.
import type { CodeUnit } from "../compiler/code.js";
import { Op } from "../compiler/opcodes.js";
import { decref, type PyObject } from "../objects/object.js";
import { newFloat } from "../objects/floatobject.js";
import { FloatType, IntType, StrType } from "../objects/types.js";
import { strAppend } from "../objects/strmethods.js";

export const GENERIC = 0;
export const ADD_FLOAT = 1;
export const SUBTRACT_FLOAT = 2;
export const MULTIPLY_FLOAT = 3;
export const INT_OP = 4;
const ADD_UNICODE = 5;
export const INPLACE_ADD_UNICODE = 6;

const BACKOFF_BITS = 4;
const WARMUP = (1 << BACKOFF_BITS) | 1;
const COOLDOWN = 52 << BACKOFF_BITS;
const MAX_BACKOFF = 16 - BACKOFF_BITS;

// BINARY_OP's oparg (NB_*): add 0, multiply 5, subtract 10; in-place forms + 13
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_MULTIPLY = 18;
const NB_INPLACE_SUBTRACT = 23;

/** Per-instruction state: kind << 16 | counter. */
export function states(unit: CodeUnit): Int32Array {
  let s = unit.adaptive;
  if (s === null) s = unit.adaptive = new Int32Array(unit.instructionCount).fill(WARMUP);
  return s;
}

function backoff(counter: number): number {
  const b = Math.min((counter & ((1 << BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF);
  return (((1 << b) - 1) << BACKOFF_BITS) | b;
}

/**
 * How the BINARY_OP at `site` runs now: ADD_FLOAT, SUBTRACT_FLOAT, MULTIPLY_FLOAT or
 * INPLACE_ADD_UNICODE when the site is in that form and the operands pass its guards;
 * otherwise GENERIC (the int and str forms make what the generic path makes). A miss
 * counts down towards (re)specialisation first, as CPython's BINARY_OP does, and may
 * pick a form for these very operands.
 */
export function binaryOpForm(unit: CodeUnit, site: number, lhs: PyObject, rhs: PyObject, oparg: number, fast: (PyObject | null)[]): number {
  const s = states(unit);
  const state = s[site]!;
  const kind = state >>> 16;
  if (kind !== GENERIC && guardsHold(kind, unit, site, lhs, rhs, fast)) return observable(kind);
  const counter = state & 0xffff;
  if (counter >> BACKOFF_BITS === 0) {
    const chosen = specialize(unit, site, lhs, rhs, oparg, fast);
    s[site] = chosen === GENERIC ? backoff(counter) : (chosen << 16) | COOLDOWN;
    return observable(chosen);
  }
  s[site] = (kind << 16) | (counter - (1 << BACKOFF_BITS));
  return GENERIC;
}

function observable(kind: number): number {
  return kind === INT_OP || kind === ADD_UNICODE ? GENERIC : kind;
}

function specialize(unit: CodeUnit, site: number, lhs: PyObject, rhs: PyObject, oparg: number, fast: (PyObject | null)[]): number {
  if (lhs.type !== rhs.type) return GENERIC;
  switch (oparg) {
    case NB_ADD:
    case NB_INPLACE_ADD:
      if (lhs.type === StrType) return storesBackInto(unit, site, lhs, fast) ? INPLACE_ADD_UNICODE : ADD_UNICODE;
      if (lhs.type === IntType) return INT_OP;
      return lhs.type === FloatType ? ADD_FLOAT : GENERIC;
    case NB_MULTIPLY:
    case NB_INPLACE_MULTIPLY:
      if (lhs.type === IntType) return INT_OP;
      return lhs.type === FloatType ? MULTIPLY_FLOAT : GENERIC;
    case NB_SUBTRACT:
    case NB_INPLACE_SUBTRACT:
      if (lhs.type === IntType) return INT_OP;
      return lhs.type === FloatType ? SUBTRACT_FLOAT : GENERIC;
    default:
      return GENERIC;
  }
}

function guardsHold(kind: number, unit: CodeUnit, site: number, lhs: PyObject, rhs: PyObject, fast: (PyObject | null)[]): boolean {
  if (lhs.type !== rhs.type) return false;
  switch (kind) {
    case ADD_FLOAT:
    case SUBTRACT_FLOAT:
    case MULTIPLY_FLOAT:
      return lhs.type === FloatType;
    case INT_OP:
      return lhs.type === IntType;
    case ADD_UNICODE:
      return lhs.type === StrType;
    default: // INPLACE_ADD_UNICODE: the local it stores into must hold the left operand
      return lhs.type === StrType && fast[unit.code[(site + 1) * 2 + 1]!] === lhs;
  }
}

/**
 * The next instruction stores into the local that holds `lhs`: a STORE_FAST that
 * quickening left as STORE_FAST or made STORE_FAST__LOAD_FAST (not STORE_FAST__STORE_FAST).
 */
function storesBackInto(unit: CodeUnit, site: number, lhs: PyObject, fast: (PyObject | null)[]): boolean {
  const code = unit.code;
  const next = site + 1;
  if (next >= unit.instructionCount || code[next * 2] !== Op.STORE_FAST) return false;
  if (next + 1 < unit.instructionCount && code[(next + 1) * 2] === Op.STORE_FAST) return false;
  return fast[code[next * 2 + 1]!] === lhs;
}

/** DECREF_INPUTS_AND_REUSE_FLOAT: the result, consuming both operands' stack references. */
export function floatResult(kind: number, lhs: PyObject, rhs: PyObject): PyObject {
  const a = lhs.v as number;
  const b = rhs.v as number;
  const value = kind === ADD_FLOAT ? a + b : kind === SUBTRACT_FLOAT ? a - b : a * b;
  if (lhs.rc === 1) {
    lhs.v = value;
    decref(rhs);
    return lhs;
  }
  if (rhs.rc === 1) {
    rhs.v = value;
    lhs.rc--;
    return rhs;
  }
  lhs.rc--;
  rhs.rc--;
  return newFloat(value);
}

/**
 * BINARY_OP_INPLACE_ADD_UNICODE: the stack's reference to `lhs` is dropped (the local
 * still holds it), PyUnicode_Append extends the local's string (in place when nothing
 * else holds it), and the stack's reference to `rhs` goes; the STORE_FAST that follows
 * is done.
 */
export function inplaceAddUnicode(fast: (PyObject | null)[], local: number, lhs: PyObject, rhs: PyObject): void {
  lhs.rc--;
  fast[local] = strAppend(lhs, rhs);
  decref(rhs);
}

// CALL: of its specialisations only CALL_NO_KW_STR_1 changes what a program can observe.
// The generic CALL reaches str through _PyObject_MakeTpCall (str has no vectorcall in
// 3.12), which packs the argument into a 1-tuple; the specialised form calls
// PyObject_Str directly. With the warm-up counter, a site's first str(x) is generic and
// its second specialises. Only sites calling str(x) are tracked: what other callables a
// site sees is not modelled.
const CALL_STR_1 = 7;

/** Whether this str(x) call (one positional argument, no keywords) runs as CALL_NO_KW_STR_1. */
export function strCallSpecialized(unit: CodeUnit, site: number): boolean {
  const s = states(unit);
  const state = s[site]!;
  if (state >>> 16 === CALL_STR_1) return true;
  const counter = state & 0xffff;
  if (counter >> BACKOFF_BITS === 0) {
    s[site] = (CALL_STR_1 << 16) | COOLDOWN;
    return true;
  }
  s[site] = counter - (1 << BACKOFF_BITS);
  return false;
}
