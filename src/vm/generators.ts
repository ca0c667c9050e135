// Generators (Objects/genobject.c): a generator object owns the frame of its
// function's call, suspended at each `yield`. Resuming runs that frame as the entry
// frame of a new eval-loop call; YIELD_VALUE leaves it with the frame intact.
//
// Size: 144 + 16 bytes plus 8 per frame slot (co_nlocalsplus + co_stacksize), the
// frame being embedded in CPython's generator object (getsizeof of `def g(): yield 1`
// → 176). Payload `v`: a GenData; the generator owns its frame (and so everything
// the frame owns), its name and qualname, and its saved exception state.
import { decref, incref, PyObject, PyRaise, xdecref } from "../objects/object.js";
import { allocObject, freeObject, objectId } from "../objects/runtime.js";
import { GeneratorType, TypeType, TupleType, StrType } from "../objects/types.js";
import { typeData, isSubtype, typeName } from "../objects/typeobject.js";
import { gcTrack, gcUntrack, callFinalizerFromDealloc } from "../objects/gcheader.js";
import { None, False, True } from "../objects/singletons.js";
import {
  raise, raiseObject, newException, StopIteration, GeneratorExit, RuntimeError, ValueError, TypeError, excState, setExcField, excField,
  BaseException,
} from "../objects/exceptions.js";
import { newTuple, EmptyTuple, tupleItems } from "../objects/tupleobject.js";
import { newStr, internStr } from "../objects/unicodeobject.js";
import * as abs from "../objects/abstract.js";
import { funcData } from "../objects/funcobject.js";
import type { Frame } from "./frame.js";
import { threadState } from "./threadstate.js";
import { clearFrame, evalFrame } from "./eval.js";
import { frameObjectOf } from "./frameobject.js";
import { writeUnraisable } from "./classes.js";
import { Op } from "../compiler/opcodes.js";
import { clearWeakrefs } from "../objects/weakrefobject.js";

const enum State {
  Created,
  Suspended,
  Running,
  Completed,
}

export interface GenData {
  frame: Frame | null;
  /** co_nlocalsplus + co_stacksize: the embedded frame's slots (sizeof) */
  slots: number;
  /** gi_code (owned): kept after the frame is gone */
  code: PyObject;
  state: State;
  name: PyObject;
  qualname: PyObject;
  /** gi_exc_state: the exception being handled inside the generator while it is suspended */
  excState: PyObject | null;
}

function gd(g: PyObject): GenData {
  return g.v as GenData;
}

/** make_gen: the generator takes over `frame` (which RETURN_GENERATOR has just left). */
export function newGenerator(frame: Frame): PyObject {
  const fd = funcData(frame.func);
  const slots = frame.unit.localsplusnames.length + frame.unit.stacksize;
  const data: GenData = { frame, slots, code: incref(frame.code), state: State.Created, name: incref(fd.name), qualname: incref(fd.qualname), excState: null };
  const g = allocObject(GeneratorType, 160 + 8 * slots, data, null);
  frame.generator = g;
  gcTrack(g);
  return g;
}

/** The outcome of one resumption: a yielded value or the value the frame returned. */
interface Resumed {
  yielded: boolean;
  value: PyObject;
}

/**
 * gen_send_ex2: resume with `value` (or raise `exc` at the yield), until the next
 * yield or the end. An exception escaping the frame propagates (StopIteration
 * inside the body has already become RuntimeError through the frame's handler).
 */
function resume(g: PyObject, value: PyObject, exc: PyObject | null): Resumed {
  const d = gd(g);
  if (d.state === State.Running) {
    if (exc !== null) decref(exc);
    raise(ValueError, "generator already executing");
  }
  if (d.state === State.Completed || d.frame === null) {
    // a finished generator raises what it is thrown, else StopIteration
    if (exc !== null) raiseObject(exc);
    return { yielded: false, value: incref(None) };
  }
  if (d.state === State.Created && value !== None && exc === null) {
    raise(TypeError, "can't send non-None value to a just-started generator");
  }
  const frame = d.frame;
  frame.fast[frame.sp++] = incref(value);
  d.state = State.Running;
  const ts = threadState;
  const saved = ts.excInfo;
  const own = d.excState;
  d.excState = null;
  ts.excInfo = own !== null ? own : saved !== null ? incref(saved) : null;
  let result: PyObject;
  try {
    result = evalFrame(frame, exc);
  } catch (e) {
    finishExcInfo(d, saved, own);
    d.state = State.Completed;
    d.frame = null;
    frame.generator = null;
    throw e;
  }
  finishExcInfo(d, saved, own);
  if ((d.state as State) === State.Suspended) return { yielded: true, value: result };
  d.state = State.Completed;
  d.frame = null;
  frame.generator = null;
  return { yielded: false, value: result };
}

function finishExcInfo(d: GenData, saved: PyObject | null, own: PyObject | null): void {
  const ts = threadState;
  const after = ts.excInfo;
  ts.excInfo = saved;
  if ((d.state as State) === State.Suspended && after !== null && (own !== null || after !== saved)) {
    // suspended inside an except block: keep what it is handling
    d.excState = after;
    return;
  }
  xdecref(after);
}

/** Called by YIELD_VALUE: the frame's generator is now suspended. */
export function markSuspended(frame: Frame): void {
  const g = frame.generator;
  if (g !== null) gd(g).state = State.Suspended;
}

/** gen.send(value): the next yielded value, or StopIteration carrying the return value. */
export function genSend(g: PyObject, value: PyObject): PyObject {
  const r = resume(g, value, null);
  if (r.yielded) return r.value;
  raiseStopIteration(r.value);
}

function raiseStopIteration(value: PyObject): never {
  if (value === None) {
    decref(value);
    raiseObject(newException(StopIteration, EmptyTuple));
  }
  // _PyGen_SetStopIterationValue: StopIteration(value), with a tuple wrapped in a 1-tuple
  const e = newException(StopIteration, newTuple([value]));
  setExcField(e, "value", incref(value));
  raiseObject(e);
}

/** SEND: send into any receiver; returns the yielded value, or the return value with `done`. */
export function sendInto(receiver: PyObject, value: PyObject): Resumed {
  if (receiver.type === GeneratorType) return resume(receiver, value, null);
  try {
    if (value === None && typeData(receiver.type).iternext !== null) {
      const next = abs.iterNext(receiver);
      return next === null ? { yielded: false, value: incref(None) } : { yielded: true, value: next };
    }
    const send = abs.getAttr(receiver, internStr("send"));
    try {
      return { yielded: true, value: abs.call(send, [value]) };
    } finally {
      decref(send);
    }
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(e.exc.type, StopIteration)) {
      const v = stopIterationValue(e.exc);
      decref(e.exc);
      return { yielded: false, value: v };
    }
    throw e;
  }
}

/** _PyGen_FetchStopIterationValue: the value a StopIteration carries (new reference). */
export function stopIterationValue(exc: PyObject): PyObject {
  const v = excField(exc, "value");
  if (v !== None) return incref(v);
  const args = tupleItems(excState(exc).args);
  return incref(args.length > 0 ? args[0]! : None);
}

/** _PyGen_yf: the iterator a generator is delegating to with `yield from`, if suspended in one. */
function delegate(g: PyObject): PyObject | null {
  const d = gd(g);
  if (d.state !== State.Suspended || d.frame === null) return null;
  const frame = d.frame;
  const code = frame.instrs;
  // suspended after YIELD_VALUE: the next instruction is RESUME 2 inside `yield from`
  if (code[frame.pc * 2] !== Op.RESUME || code[frame.pc * 2 + 1]! < 2) return null;
  return frame.fast[frame.sp - 1] ?? null;
}

/** _gen_throw: raise `exc` inside the generator (through its delegate first). */
function genThrow(g: PyObject, exc: PyObject, closeOnGenExit: boolean): PyObject {
  const yf = delegate(g);
  if (yf !== null) {
    incref(yf);
    try {
      const d = gd(g);
      let ret: Resumed;
      if (isSubtype(exc.type, GeneratorExit) && closeOnGenExit) {
        d.state = State.Running;
        try {
          closeIter(yf);
        } finally {
          d.state = State.Suspended;
        }
        return throwHere(g, exc);
      }
      if (yf.type === GeneratorType) {
        d.state = State.Running;
        try {
          ret = { yielded: true, value: genThrow(yf, incref(exc), closeOnGenExit) };
        } catch (e) {
          d.state = State.Suspended;
          return afterDelegateFailed(g, exc, e);
        }
        d.state = State.Suspended;
      } else {
        const meth = abs.getAttrOrNull(yf, internStr("throw"));
        if (meth === null) return throwHere(g, exc);
        d.state = State.Running;
        try {
          ret = { yielded: true, value: abs.call(meth, [exc]) };
        } catch (e) {
          d.state = State.Suspended;
          return afterDelegateFailed(g, exc, e);
        } finally {
          decref(meth);
        }
        d.state = State.Suspended;
      }
      decref(exc);
      return ret.value;
    } finally {
      decref(yf);
    }
  }
  return throwHere(g, exc);
}

/** The delegate raised: its exception (StopIteration included) is thrown in at the yield, where CLEANUP_THROW sorts it out. */
function afterDelegateFailed(g: PyObject, exc: PyObject, e: unknown): PyObject {
  decref(exc);
  if (!(e instanceof PyRaise)) throw e;
  return throwHere(g, e.exc);
}

function throwHere(g: PyObject, exc: PyObject): PyObject {
  const r = resume(g, None, exc);
  if (r.yielded) return r.value;
  raiseStopIteration(r.value);
}

/** gen_close_iter: close a delegate (a generator, or anything with close()). */
function closeIter(yf: PyObject): void {
  if (yf.type === GeneratorType) {
    decref(genClose(yf));
    return;
  }
  const meth = abs.getAttrOrNull(yf, internStr("close"));
  if (meth === null) return;
  try {
    decref(abs.call(meth, []));
  } finally {
    decref(meth);
  }
}

/** gen.close(): GeneratorExit at the yield; yielding again is a RuntimeError. */
export function genClose(g: PyObject): PyObject {
  const d = gd(g);
  if (d.state === State.Created) {
    d.state = State.Completed;
    const frame = d.frame;
    d.frame = null;
    if (frame !== null) {
      frame.generator = null;
      clearFrame(frame);
    }
    return incref(None);
  }
  if (d.state === State.Completed) return incref(None);
  try {
    const v = genThrow(g, newException(GeneratorExit, EmptyTuple), true);
    decref(v);
  } catch (e) {
    if (e instanceof PyRaise && (isSubtype(e.exc.type, StopIteration) || isSubtype(e.exc.type, GeneratorExit))) {
      decref(e.exc);
      return incref(None);
    }
    throw e;
  }
  raise(RuntimeError, "generator ignored GeneratorExit");
}

// ---- the type ------------------------------------------------------------------------------------

const data = typeData(GeneratorType);
data.iter = (g) => incref(g);
data.sizeof = (g) => 144 + 8 * gd(g).slots;
data.iternext = (g) => {
  const r = resume(g, None, null);
  if (r.yielded) return r.value;
  // a return value ends iteration like any other (for loops and list() drop it)
  decref(r.value);
  return null;
};
data.methodDefs["send"] = { kind: "o", fn: (g, v) => genSend(g, v) };
data.methodDefs["throw"] = {
  kind: "fast",
  fn: (g, args) => {
    if (args.length < 1 || args.length > 3) raise(TypeError, `throw expected at least 1 argument, got ${args.length}`);
    return genThrow(g, makeThrown(args[0]!, args[1] ?? null), false);
  },
};
data.methodDefs["close"] = { kind: "noargs", fn: (g) => genClose(g) };

/** The exception object throw(typ[, val]) raises (an instance, or a class instantiated). */
function makeThrown(typ: PyObject, val: PyObject | null): PyObject {
  if (isExceptionClass(typ)) {
    if (val === null || val === None) return abs.call(typ, []);
    if (isSubtype(val.type, typ)) return incref(val);
    if (val.type === TupleType) return abs.call(typ, tupleItems(val));
    return abs.call(typ, [val]);
  }
  if (isExceptionInstance(typ)) {
    if (val !== null && val !== None) raise(TypeError, "instance exception may not have a separate value");
    return incref(typ);
  }
  raise(TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

function isExceptionClass(o: PyObject): boolean {
  return isSubtype(o.type, TypeType) && isSubtype(o, BaseException);
}
function isExceptionInstance(o: PyObject): boolean {
  return isSubtype(o.type, BaseException);
}

data.repr = (g) => newStr(`<generator object ${gd(g).qualname.v as string} at 0x${objectId(g).toString(16)}>`);
const ro = (get: (g: PyObject) => PyObject) => ({ get, readonlyMember: true });
data.getsets["gi_running"] = ro((g) => (gd(g).state === State.Running ? True : False));
data.getsets["gi_suspended"] = ro((g) => (gd(g).state === State.Suspended ? True : False));
data.getsets["gi_code"] = ro((g) => incref(gd(g).code));
data.getsets["gi_yieldfrom"] = ro((g) => incref(delegate(g) ?? None));
data.getsets["gi_frame"] = ro((g) => {
  const frame = gd(g).frame;
  return frame === null ? incref(None) : incref(frameObjectOf(frame));
});
data.getsets["__name__"] = {
  get: (g) => incref(gd(g).name),
  set: (g, v) => {
    if (v === null || v.type !== StrType) raise(TypeError, "__name__ must be set to a string object");
    const old = gd(g).name;
    gd(g).name = incref(v);
    decref(old);
  },
};
data.getsets["__qualname__"] = {
  get: (g) => incref(gd(g).qualname),
  set: (g, v) => {
    if (v === null || v.type !== StrType) raise(TypeError, "__qualname__ must be set to a string object");
    const old = gd(g).qualname;
    gd(g).qualname = incref(v);
    decref(old);
  },
};

data.traverse = (g, visit) => {
  const d = gd(g);
  if (d.frame !== null) {
    const f = d.frame;
    for (let i = 0; i < f.sp; i++) {
      const o = f.fast[i];
      if (o != null) visit(o);
    }
    visit(f.func);
    if (f.locals !== null) visit(f.locals);
    // _PyFrame_Traverse: the frame's reference to its frame object
    if (f.frameObject !== null) visit(f.frameObject);
  }
  visit(d.name);
  visit(d.qualname);
  visit(d.code);
  if (d.excState !== null) visit(d.excState);
};

/** _PyGen_Finalize: a suspended generator is closed when it dies (GeneratorExit at its yield). */
data.finalize = (g) => {
  const d = gd(g);
  if (d.state !== State.Suspended) return;
  try {
    decref(genClose(g));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e.exc, g);
    decref(e.exc);
  }
};

data.clear = (g) => {
  const d = gd(g);
  const frame = d.frame;
  d.frame = null;
  d.state = State.Completed;
  if (frame !== null) {
    frame.generator = null;
    clearFrame(frame);
  }
  const exc = d.excState;
  d.excState = null;
  xdecref(exc);
};

data.dealloc = (g) => {
  gcUntrack(g);
  const d = gd(g);
  // gen_dealloc clears the weakrefs before closing the generator
  clearWeakrefs(g);
  // a suspended generator is closed first; its finally code may resurrect it
  if (callFinalizerFromDealloc(g)) return;
  data.clear!(g);
  decref(d.code);
  decref(d.name);
  decref(d.qualname);
  freeObject(g);
};

