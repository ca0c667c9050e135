// PyErr_WriteUnraisable: errors that cannot propagate (in __del__, weakref callbacks,
// gc callbacks) are reported as "Exception ignored in: ..." on stderr. The VM installs
// the writer (it formats tracebacks); objects report through here.
import type { PyObject } from "./object.js";

let writer: (exc: PyObject, obj: PyObject) => void = () => {};

export function setUnraisableWriter(fn: (exc: PyObject, obj: PyObject) => void): void {
  writer = fn;
}

/** Report `exc` (borrowed) as ignored while running `obj`. */
export function writeUnraisable(exc: PyObject, obj: PyObject): void {
  writer(exc, obj);
}
