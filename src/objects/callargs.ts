// _PyObject_MakeTpCall (Objects/call.c): a callable without vectorcall in CPython 3.12
// (most classes, int, str, bytes, ...; METH_VARARGS functions) is called with its
// positional arguments packed into a new tuple and its keywords into a new dict. Both
// exist only for the call, but they come off (and go back to) the free lists, so they
// are visible: after a full collection emptied those lists, such a call leaves one more
// GC object counted in generation 0.
import { decref, incref, PyObject, xdecref } from "./object.js";
import { EmptyTuple, newTuple, tupleItems } from "./tupleobject.js";
import { tupleFromArray } from "./tuplemethods.js";
import { newDictPresized, dictSetItem } from "./dictobject.js";

/** _PyStack_AsDict: the keyword arguments of a vectorcall as a new dict (null when there are none). */
export function kwargsDict(args: PyObject[], kwnames: PyObject | null): PyObject | null {
  const names = kwnames === null ? [] : tupleItems(kwnames);
  if (names.length === 0) return null;
  const npos = args.length - names.length;
  const d = newDictPresized(names.length);
  try {
    names.forEach((k, i) => dictSetItem(d, k, args[npos + i]!));
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** The positional arguments as the new tuple _PyObject_MakeTpCall makes (the empty tuple is shared). */
export function packPositional(args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const n = args.length - (kwnames === null ? 0 : tupleItems(kwnames).length);
  if (n === 0) return EmptyTuple;
  const items = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) items[i] = incref(args[i]!);
  return newTuple(items);
}

/**
 * _PyObject_MakeTpCall: a callable without vectorcall gets its positional arguments as
 * a new tuple and its keywords as a new dict, both released once the call returns.
 * `fn` runs while they exist.
 */
export function withCallArgs<T>(args: PyObject[], kwnames: PyObject | null, fn: (argsTuple: PyObject, kwargs: PyObject | null) => T): T {
  const argsTuple = packPositional(args, kwnames);
  let kwargs: PyObject | null = null;
  try {
    kwargs = kwargsDict(args, kwnames);
    return fn(argsTuple, kwargs);
  } finally {
    decref(argsTuple);
    xdecref(kwargs);
  }
}

/**
 * _PyStack_UnpackDict: a slot that got its keywords as a dict (slot_tp_init, slot_tp_new,
 * slot_tp_call) calls on with a vectorcall, so the dict's keys become a new kwnames tuple
 * for that call. `fn` gets it (the same names pyarena carried along).
 */
export function withUnpackedKwnames<T>(kwnames: PyObject | null, fn: (kwnames: PyObject | null) => T): T {
  if (kwnames === null || tupleItems(kwnames).length === 0) return fn(kwnames);
  const copy = tupleFromArray(tupleItems(kwnames));
  try {
    return fn(copy);
  } finally {
    decref(copy);
  }
}
