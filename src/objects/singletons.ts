// The static, immortal singletons: None, NotImplemented, Ellipsis, True and False
// (in CPython they live in the interpreter's data segment, like the static types).
import { IMMORTAL_REFCNT, PyObject } from "./object.js";
import { BoolType, EllipsisType, NoneType, NotImplementedType } from "./types.js";

let staticAddress = 0x55d4_18f0_0000;

/** A static object outside the heap (immortal; its address mimics CPython's data segment). */
export function staticObject(type: PyObject, v: unknown, size: number): PyObject {
  const o = new PyObject(type, staticAddress, v, null);
  staticAddress += Math.max(16, (size + 15) & ~15);
  o.rc = IMMORTAL_REFCNT;
  return o;
}

export const None = staticObject(NoneType, null, 16);
export const NotImplemented = staticObject(NotImplementedType, null, 16);
export const Ellipsis = staticObject(EllipsisType, null, 16);
/** bool is an int subclass: the payload is the int value, as for every int */
export const False = staticObject(BoolType, 0, 32);
export const True = staticObject(BoolType, 1, 32);

export function pyBool(b: boolean): PyObject {
  return b ? True : False;
}
