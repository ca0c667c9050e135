// The eval loop (Python/ceval.c + bytecodes.c): one function, one switch over the
// instruction stream, Python-to-Python calls pushing frames in the same loop (no JS
// recursion per Python call). Every stack slot owns a reference, as in CPython:
// pushes incref (or move a new reference), pops hand the reference on or decref it.
import { Op, BINARY_OPS } from "../compiler/opcodes.js";
import { CO_FAST_FREE } from "../compiler/code.js";
import { decref, incref, PyObject, PyRaise, xdecref } from "../objects/object.js";
import * as abs from "../objects/abstract.js";
import { None, True, False } from "../objects/singletons.js";
import { CompareOp, isSubtype, tp, typeName, TypeType as TypeTypeObj } from "../objects/typeobject.js";
import {
  raise, TypeError, NameError, UnboundLocalError, SystemError, AssertionError, excState,
  setContext, setCause, BaseException, RecursionError, RuntimeError, raiseNameError, excWithMessage,
  StopIteration,
} from "../objects/exceptions.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { newList, listAppend } from "../objects/listobject.js";
import { newStr } from "../objects/unicodeobject.js";
import { newInt } from "../objects/longobject.js";
import { newCell } from "../objects/cellobject.js";
import { newFunction, funcData } from "../objects/funcobject.js";
import { codeData } from "../objects/codeobject.js";
import { codeUnit } from "./codeloader.js";
import { loadSuperAttr } from "./classes.js";
import { gcState, runScheduledCollection } from "../objects/gc.js";
import { newGenerator, markSuspended, sendInto, stopIterationValue } from "./generators.js";
import { FunctionType, TupleType, ListType, DictType, MethodType, StrType, IntType, FloatType, GeneratorType } from "../objects/types.js";
import { newFloat } from "../objects/floatobject.js";
import {
  newDict, dictGetItemStr, dictSetItem, dictDelItem, dictUpdate, dictMerge, dictGetItem, dictFromInterleaved, dictFromItems,
} from "../objects/dictobject.js";
import { Frame, acquireFrame, releaseFrame } from "./frame.js";
import { detachFrameObject } from "./frameobject.js";
import { binaryOpForm, floatResult, inplaceAddUnicode, strCallSpecialized, states as adaptiveStates, GENERIC, INPLACE_ADD_UNICODE, INT_OP, ADD_FLOAT, MULTIPLY_FLOAT } from "./adaptive.js";
import { bindArguments } from "./call.js";
import { addTraceback } from "./traceback.js";
import { threadState } from "./threadstate.js";
import { intrinsic1, intrinsic2, buildSlice, buildSet, setAdd, setUpdate, importName, importFrom, formatValue, unpackIterable, unpackEx, listExtend, checkExcMatch, withEnter, callWithExit } from "./evalhelpers.js";

const BINARY_SLOTS: abs.BinarySlotName[] = [
  "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow" as never, "rshift", "sub", "truediv", "xor",
];

/** Make a frame for a Python function call; the arguments' references move into it. */
export function frameForCall(func: PyObject, args: (PyObject | null)[], start: number, nargs: number, kwnames: PyObject | null): Frame {
  const fd = funcData(func);
  const code = fd.code;
  const cd = codeData(code);
  const unit = codeUnit(code);
  const frame = acquireFrame(func, code, unit, cd.constItems, cd.nameItems, fd.globals, fd.builtins);
  try {
    bindArguments(fd, unit, frame.fast, args, start, nargs, kwnames);
  } catch (e) {
    clearFrame(frame);
    throw e;
  }
  return frame;
}

/** Release everything a finished frame owns (locals, stack, function, namespace). */
export function clearFrame(frame: Frame): void {
  // a frame object still held elsewhere takes over everything the frame owns
  if (frame.frameObject !== null && detachFrameObject(frame)) return;
  const fast = frame.fast;
  for (let i = 0; i < frame.sp; i++) {
    const o = fast[i];
    if (o !== null && o !== undefined) {
      fast[i] = null;
      decref(o);
    }
  }
  xdecref(frame.locals);
  frame.locals = null;
  decref(frame.func);
}

/**
 * Run `entry` (and the frames it calls) to completion; returns the result (a new
 * reference) or throws PyRaise with the exception that escaped the entry frame.
 */
export function evalFrame(entry: Frame, throwing: PyObject | null = null): PyObject {
  try {
    abs.enterEvalLoop();
  } catch (e) {
    clearFrame(entry);
    throw e;
  }
  try {
    return evalLoop(entry, throwing);
  } finally {
    abs.leaveEvalLoop();
  }
}

function evalLoop(entry: Frame, throwing: PyObject | null): PyObject {
  const ts = threadState;
  entry.isEntry = true;
  entry.back = ts.frame;
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    clearFrame(entry);
    raise(RecursionError, "maximum recursion depth exceeded");
  }
  ts.frame = entry;
  let f = entry;
  // gen.throw(): the exception is raised where the generator is suspended (not chained)
  if (throwing !== null) {
    const thrown = new PyRaise(throwing);
    ts.reraise = false;
    const handled = handleException(entry, thrown, false);
    if (handled === null) throw thrown;
    f = handled;
  }
  for (;;) {
    try {
      const result = run(f);
      // `run` returns only when the entry frame returns.
      return result;
    } catch (caught) {
      let e = caught;
      // The host stack ran out inside native recursion before the C recursion limit
      // was reached: report it as Python does, never as a JavaScript error.
      if (e instanceof RangeError && /call stack/.test(e.message)) {
        e = new PyRaise(excWithMessage(RecursionError, `maximum recursion depth exceeded${abs.lastRecursiveCall}`));
      }
      if (!(e instanceof PyRaise)) throw e;
      // The exception escaped whichever frame was running: the thread state's current one.
      const handled = handleException(ts.frame!, e);
      if (handled !== null) {
        f = handled;
        continue;
      }
      throw e;
    }
  }

  // ---- the loop -----------------------------------------------------------------------
  function run(frame: Frame): PyObject {
    let fr = frame;
    let code = fr.instrs;
    let fast = fr.fast;
    let sp = fr.sp;
    let pc = fr.pc;
    for (;;) {
      const op = code[pc * 2]! as Op;
      const arg = code[pc * 2 + 1]!;
      fr.lasti = pc;
      pc++;
      switch (op) {
        case Op.NOP:
        case Op.RESUME:
          if (gcState.scheduled) {
            fr.sp = sp;
            fr.pc = pc;
            runScheduledCollection();
          }
          break;
        case Op.POP_TOP:
          decref(fast[--sp]!);
          fast[sp] = null;
          break;
        case Op.PUSH_NULL:
          fast[sp++] = null;
          break;
        case Op.END_FOR:
          decref(fast[--sp]!);
          fast[sp] = null;
          decref(fast[--sp]!);
          fast[sp] = null;
          break;
        case Op.RETURN_GENERATOR: {
          // the generator takes this frame over; the caller gets the generator
          fr.sp = sp;
          fr.pc = pc;
          const genFrame = fr;
          const gen = newGenerator(genFrame);
          ts.depth--;
          ts.frame = genFrame.back;
          if (genFrame.isEntry) {
            genFrame.isEntry = false;
            return gen;
          }
          fr = genFrame.back!;
          genFrame.back = null;
          code = fr.instrs;
          fast = fr.fast;
          sp = fr.sp;
          pc = fr.pc;
          fast[sp++] = gen;
          break;
        }
        case Op.YIELD_VALUE: {
          // generator frames always run as entry frames (generators.ts resumes them)
          const value = fast[--sp]!;
          fast[sp] = null;
          fr.sp = sp;
          fr.pc = pc;
          markSuspended(fr);
          ts.depth--;
          ts.frame = fr.back;
          if (!fr.isEntry) throw new Error("pyarena: yield in a frame not run by its generator");
          fr.isEntry = false;
          return value;
        }
        case Op.SEND: {
          fr.sp = sp;
          const value = fast[sp - 1]!;
          const r = sendInto(fast[sp - 2]!, value);
          decref(value);
          fast[sp - 1] = r.value;
          if (!r.yielded) pc = arg;
          break;
        }
        case Op.GET_YIELD_FROM_ITER: {
          const o = fast[sp - 1]!;
          if (o.type !== GeneratorType) {
            fr.sp = sp;
            const it = abs.getIter(o);
            decref(o);
            fast[sp - 1] = it;
          }
          break;
        }
        case Op.CLEANUP_THROW: {
          // stack: sub-iterator, last sent value, exception from throw()
          fr.sp = sp;
          const exc = fast[sp - 1]!;
          if (!isSubtype(exc.type, StopIteration)) {
            fast[--sp] = null;
            fr.sp = sp;
            ts.reraise = true;
            throw new PyRaise(exc);
          }
          const value = stopIterationValue(exc);
          decref(exc);
          decref(fast[sp - 2]!);
          decref(fast[sp - 3]!);
          fast[sp - 3] = incref(None);
          fast[sp - 2] = value;
          fast[--sp] = null;
          break;
        }
        case Op.END_SEND: {
          const value = fast[--sp]!;
          decref(fast[sp - 1]!);
          fast[sp - 1] = value;
          fast[sp] = null;
          break;
        }
        case Op.UNARY_NEGATIVE:
        case Op.UNARY_INVERT: {
          fr.sp = sp;
          const v = fast[sp - 1]!;
          const r = op === Op.UNARY_NEGATIVE ? abs.unaryOp(v, "neg", "unary -") : abs.unaryOp(v, "invert", "unary ~");
          decref(v);
          fast[sp - 1] = r;
          break;
        }
        case Op.UNARY_NOT: {
          fr.sp = sp;
          const v = fast[sp - 1]!;
          const r = abs.isTrue(v) ? False : True;
          decref(v);
          fast[sp - 1] = r;
          break;
        }
        case Op.BINARY_OP: {
          fr.sp = sp;
          const rhs = fast[sp - 1]!;
          const lhs = fast[sp - 2]!;
          // a site specialised for these operand types (the usual case) skips the counters
          const kind = (fr.unit.adaptive ?? adaptiveStates(fr.unit))[pc - 1]! >>> 16;
          const form =
            kind === INT_OP && lhs.type === IntType && rhs.type === IntType ? GENERIC
            : kind >= ADD_FLOAT && kind <= MULTIPLY_FLOAT && lhs.type === FloatType && rhs.type === FloatType ? kind
            : binaryOpForm(fr.unit, pc - 1, lhs, rhs, arg, fast);
          if (form !== GENERIC) {
            if (form === INPLACE_ADD_UNICODE) {
              fast[--sp] = null;
              fast[--sp] = null;
              inplaceAddUnicode(fast, code[pc * 2 + 1]!, lhs, rhs);
              pc++; // the STORE_FAST that follows is done
            } else {
              fast[--sp] = null;
              fast[sp - 1] = floatResult(form, lhs, rhs);
            }
            break;
          }
          const r = fastArith(lhs, rhs, arg) ?? binaryOp(lhs, rhs, arg);
          decref(lhs);
          decref(rhs);
          fast[--sp] = null;
          fast[sp - 1] = r;
          break;
        }
        case Op.BINARY_SUBSCR: {
          fr.sp = sp;
          const sub = fast[sp - 1]!;
          const container = fast[sp - 2]!;
          const r = abs.getItem(container, sub);
          decref(container);
          decref(sub);
          fast[--sp] = null;
          fast[sp - 1] = r;
          break;
        }
        case Op.BINARY_SLICE: {
          fr.sp = sp;
          const stop = fast[sp - 1]!;
          const start = fast[sp - 2]!;
          const container = fast[sp - 3]!;
          const slice = buildSlice(start, stop, null);
          let r: PyObject;
          try {
            r = abs.getItem(container, slice);
          } finally {
            decref(slice);
          }
          decref(container);
          sp -= 2;
          fast[sp] = fast[sp + 1] = null;
          fast[sp - 1] = r;
          break;
        }
        case Op.STORE_SLICE: {
          fr.sp = sp;
          const stop = fast[sp - 1]!;
          const start = fast[sp - 2]!;
          const container = fast[sp - 3]!;
          const v = fast[sp - 4]!;
          const slice = buildSlice(start, stop, null);
          try {
            abs.setItem(container, slice, v);
          } finally {
            decref(slice);
          }
          decref(v);
          decref(container);
          sp -= 4;
          fast.fill(null, sp, sp + 4);
          break;
        }
        case Op.STORE_SUBSCR: {
          fr.sp = sp;
          const sub = fast[sp - 1]!;
          const container = fast[sp - 2]!;
          const v = fast[sp - 3]!;
          abs.setItem(container, sub, v);
          decref(v);
          decref(container);
          decref(sub);
          sp -= 3;
          fast.fill(null, sp, sp + 3);
          break;
        }
        case Op.DELETE_SUBSCR: {
          fr.sp = sp;
          const sub = fast[sp - 1]!;
          const container = fast[sp - 2]!;
          abs.setItem(container, sub, null);
          decref(container);
          decref(sub);
          sp -= 2;
          fast.fill(null, sp, sp + 2);
          break;
        }
        case Op.GET_ITER: {
          fr.sp = sp;
          const iterable = fast[sp - 1]!;
          const it = abs.getIter(iterable);
          decref(iterable);
          fast[sp - 1] = it;
          break;
        }
        case Op.FOR_ITER: {
          fr.sp = sp;
          const next = abs.iterNext(fast[sp - 1]!);
          if (next === null) {
            decref(fast[--sp]!);
            fast[sp] = null;
            pc = arg + 1; // past the END_FOR at the target
          } else {
            fast[sp++] = next;
          }
          break;
        }
        case Op.PUSH_EXC_INFO: {
          const exc = fast[sp - 1]!;
          const prev = ts.excInfo;
          fast[sp - 1] = prev ?? None;
          fast[sp++] = exc;
          ts.excInfo = incref(exc);
          if (prev === null) None.rc++;
          break;
        }
        case Op.POP_EXCEPT: {
          const prev = fast[--sp]!;
          fast[sp] = null;
          const current = ts.excInfo;
          ts.excInfo = prev === None ? null : prev;
          if (prev === None) decref(prev);
          xdecref(current);
          break;
        }
        case Op.CHECK_EXC_MATCH: {
          fr.sp = sp;
          const match = fast[sp - 1]!;
          const exc = fast[sp - 2]!;
          const r = checkExcMatch(exc, match);
          decref(match);
          fast[sp - 1] = r ? True : False;
          break;
        }
        case Op.RERAISE: {
          const exc = fast[--sp]!;
          fast[sp] = null;
          // RERAISE n leaves the n values below the exception; the lowest is lasti
          if (arg) fr.restoredLasti = fast[sp - arg]!.v as number;
          fr.sp = sp;
          fr.pc = pc;
          ts.reraise = true;
          throw new PyRaise(exc);
        }
        case Op.RAISE_VARARGS: {
          fr.sp = sp;
          let cause: PyObject | null = null;
          let exc: PyObject | null = null;
          if (arg === 2) {
            cause = fast[--sp]!;
            fast[sp] = null;
          }
          if (arg >= 1) {
            exc = fast[--sp]!;
            fast[sp] = null;
          }
          fr.sp = sp;
          fr.pc = pc;
          doRaise(exc, cause);
          break;
        }
        case Op.RETURN_VALUE:
        case Op.RETURN_CONST: {
          let result: PyObject;
          if (op === Op.RETURN_CONST) result = incref(fr.consts[arg]!);
          else {
            result = fast[--sp]!;
            fast[sp] = null;
          }
          fr.sp = sp;
          const finished = fr;
          // unlinked first: finalizers run by the clearing must not see this frame (GH-99729)
          ts.depth--;
          ts.frame = finished.back;
          clearFrame(finished);
          if (finished.isEntry) return result;
          fr = finished.back!;
          releaseFrame(finished);
          code = fr.instrs;
          fast = fr.fast;
          sp = fr.sp;
          pc = fr.pc;
          fast[sp++] = result;
          break;
        }
        case Op.LOAD_CONST:
          fast[sp++] = incref(fr.consts[arg]!);
          break;
        case Op.LOAD_FAST:
        case Op.LOAD_FAST_CHECK: {
          const v = fast[arg];
          if (v === null || v === undefined) {
            fr.sp = sp;
            unboundLocal(fr, arg);
          }
          fast[sp++] = incref(v);
          break;
        }
        case Op.LOAD_FAST_AND_CLEAR: {
          fast[sp++] = fast[arg] ?? null;
          fast[arg] = null;
          break;
        }
        case Op.STORE_FAST: {
          const old = fast[arg];
          fast[arg] = fast[--sp]!;
          fast[sp] = null;
          if (old !== null && old !== undefined) decref(old);
          break;
        }
        case Op.DELETE_FAST: {
          const old = fast[arg];
          if (old === null || old === undefined) {
            fr.sp = sp;
            unboundLocal(fr, arg);
          }
          fast[arg] = null;
          decref(old);
          break;
        }
        case Op.LOAD_GLOBAL: {
          fr.sp = sp;
          const name = fr.names[arg >> 1]!;
          const v = loadGlobal(fr, name);
          if (arg & 1) fast[sp++] = null;
          fast[sp++] = v;
          break;
        }
        case Op.STORE_GLOBAL: {
          fr.sp = sp;
          const v = fast[--sp]!;
          fast[sp] = null;
          dictSetItem(fr.globals, fr.names[arg]!, v);
          decref(v);
          break;
        }
        case Op.DELETE_GLOBAL: {
          fr.sp = sp;
          const name = fr.names[arg]!;
          if (dictGetItemStr(fr.globals, name) === null) raise(NameError, `name '${name.v as string}' is not defined`);
          dictDelItem(fr.globals, name);
          break;
        }
        case Op.LOAD_NAME: {
          fr.sp = sp;
          fast[sp++] = loadName(fr, fr.names[arg]!);
          break;
        }
        case Op.STORE_NAME: {
          fr.sp = sp;
          const v = fast[--sp]!;
          fast[sp] = null;
          const ns = fr.locals;
          if (ns === null) raise(SystemError, `no locals found when storing '${fr.names[arg]!.v as string}'`);
          if (ns.type === DictType) dictSetItem(ns, fr.names[arg]!, v);
          else abs.setItem(ns, fr.names[arg]!, v);
          decref(v);
          break;
        }
        case Op.DELETE_NAME: {
          fr.sp = sp;
          const name = fr.names[arg]!;
          const ns = fr.locals!;
          if (dictGetItemStr(ns, name) === null) raise(NameError, `name '${name.v as string}' is not defined`);
          dictDelItem(ns, name);
          break;
        }
        case Op.LOAD_LOCALS:
          if (fr.locals === null) raise(SystemError, "no locals found");
          fast[sp++] = incref(fr.locals);
          break;
        case Op.LOAD_DEREF: {
          const cell = fast[arg]!;
          const v = cell.v as PyObject | null;
          if (v === null) {
            fr.sp = sp;
            unboundDeref(fr, arg);
          }
          fast[sp++] = incref(v);
          break;
        }
        case Op.LOAD_FROM_DICT_OR_DEREF: {
          fr.sp = sp;
          const ns = fast[sp - 1]!;
          const name = newStr(fr.unit.localsplusnames[arg]!);
          let v = dictGetItem(ns, name);
          decref(name);
          if (v !== null) incref(v);
          else {
            v = fast[arg]!.v as PyObject | null;
            if (v === null) unboundDeref(fr, arg);
            incref(v);
          }
          decref(ns);
          fast[sp - 1] = v;
          break;
        }
        case Op.STORE_DEREF: {
          const cell = fast[arg]!;
          const old = cell.v as PyObject | null;
          cell.v = fast[--sp]!;
          fast[sp] = null;
          xdecref(old);
          break;
        }
        case Op.DELETE_DEREF: {
          const cell = fast[arg]!;
          const old = cell.v as PyObject | null;
          if (old === null) {
            fr.sp = sp;
            unboundDeref(fr, arg);
          }
          cell.v = null;
          decref(old);
          break;
        }
        case Op.MAKE_CELL: {
          const initial = fast[arg] ?? null;
          fr.sp = sp;
          fast[arg] = newCell(initial);
          break;
        }
        case Op.LOAD_CLOSURE:
          fast[sp++] = incref(fast[arg]!);
          break;
        case Op.COPY_FREE_VARS: {
          const closure = tupleItems(funcData(fr.func).closure!);
          const offset = fr.unit.localsplusnames.length - arg;
          for (let i = 0; i < arg; i++) fast[offset + i] = incref(closure[i]!);
          break;
        }
        case Op.SWAP: {
          const top = fast[sp - 1]!;
          fast[sp - 1] = fast[sp - arg]!;
          fast[sp - arg] = top;
          break;
        }
        case Op.COPY:
          fast[sp] = incref(fast[sp - arg]!);
          sp++;
          break;
        case Op.BUILD_TUPLE: {
          fr.sp = sp;
          const items = fast.slice(sp - arg, sp) as PyObject[];
          const t = newTuple(items);
          fast.fill(null, sp - arg, sp);
          sp -= arg;
          fast[sp++] = t;
          break;
        }
        case Op.BUILD_LIST: {
          fr.sp = sp;
          const items = fast.slice(sp - arg, sp) as PyObject[];
          const l = newList(items);
          fast.fill(null, sp - arg, sp);
          sp -= arg;
          fast[sp++] = l;
          break;
        }
        case Op.BUILD_SET: {
          fr.sp = sp;
          const s = buildSet(fast, sp - arg, arg);
          sp -= arg;
          fast[sp++] = s;
          break;
        }
        case Op.BUILD_MAP: {
          fr.sp = sp;
          // dictFromInterleaved sizes the table as dict_new_presized does (unicode keys too).
          const d = dictFromInterleaved(fast, sp - 2 * arg, arg);
          for (let i = sp - 2 * arg; i < sp; i++) {
            decref(fast[i]!);
            fast[i] = null;
          }
          sp -= 2 * arg;
          fast[sp++] = d;
          break;
        }
        case Op.BUILD_CONST_KEY_MAP: {
          fr.sp = sp;
          const keys = tupleItems(fast[sp - 1]!);
          const d = dictFromItems(keys, fast.slice(sp - 1 - arg, sp - 1) as PyObject[]);
          for (let i = sp - 1 - arg; i < sp; i++) {
            decref(fast[i]!);
            fast[i] = null;
          }
          sp -= arg + 1;
          fast[sp++] = d;
          break;
        }
        case Op.BUILD_STRING: {
          fr.sp = sp;
          let s = "";
          for (let i = sp - arg; i < sp; i++) s += fast[i]!.v as string;
          const r = newStr(s);
          for (let i = sp - arg; i < sp; i++) {
            decref(fast[i]!);
            fast[i] = null;
          }
          sp -= arg;
          fast[sp++] = r;
          break;
        }
        case Op.BUILD_SLICE: {
          fr.sp = sp;
          const step = arg === 3 ? fast[--sp]! : null;
          const stop = fast[--sp]!;
          const start = fast[--sp]!;
          const s = buildSlice(start, stop, step);
          fast[sp + 1] = fast[sp + 2] = null;
          fast[sp++] = s;
          break;
        }
        case Op.LIST_APPEND: {
          const v = fast[--sp]!;
          fast[sp] = null;
          listAppend(fast[sp - arg]!, v);
          break;
        }
        case Op.SET_ADD: {
          fr.sp = sp;
          const v = fast[--sp]!;
          fast[sp] = null;
          setAdd(fast[sp - arg]!, v);
          decref(v);
          break;
        }
        case Op.MAP_ADD: {
          fr.sp = sp;
          const value = fast[--sp]!;
          const key = fast[--sp]!;
          fast[sp] = fast[sp + 1] = null;
          dictSetItem(fast[sp - arg]!, key, value);
          decref(key);
          decref(value);
          break;
        }
        case Op.LIST_EXTEND: {
          fr.sp = sp;
          const iterable = fast[--sp]!;
          fast[sp] = null;
          fr.sp = sp;
          try {
            listExtend(fast[sp - arg]!, iterable);
          } finally {
            decref(iterable);
          }
          break;
        }
        case Op.SET_UPDATE: {
          fr.sp = sp;
          const iterable = fast[--sp]!;
          fast[sp] = null;
          fr.sp = sp;
          try {
            setUpdate(fast[sp - arg]!, iterable);
          } finally {
            decref(iterable);
          }
          break;
        }
        case Op.DICT_UPDATE:
        case Op.DICT_MERGE: {
          fr.sp = sp;
          const update = fast[--sp]!;
          fast[sp] = null;
          fr.sp = sp;
          try {
            if (op === Op.DICT_UPDATE) dictUpdate(fast[sp - arg]!, update);
            else dictMerge(fast[sp - arg]!, update, fast[sp - arg - 2] ?? null);
          } finally {
            decref(update);
          }
          break;
        }
        case Op.LOAD_ATTR: {
          fr.sp = sp;
          const owner = fast[sp - 1]!;
          const name = fr.names[arg >> 1]!;
          if (arg & 1) {
            const meth = methodLookup(owner, name);
            if (meth !== null) {
              fast[sp - 1] = meth;
              fast[sp++] = owner; // the owner's reference moves into the self slot
            } else {
              const attr = abs.getAttr(owner, name);
              decref(owner);
              fast[sp - 1] = null;
              fast[sp++] = attr;
            }
          } else {
            const attr = abs.getAttr(owner, name);
            decref(owner);
            fast[sp - 1] = attr;
          }
          break;
        }
        case Op.LOAD_SUPER_ATTR: {
          fr.sp = sp;
          // stack: global super, class, self
          const globalSuper = fast[sp - 3]!;
          const cls = fast[sp - 2]!;
          const self = fast[sp - 1]!;
          const [first, second] = loadSuperAttr(globalSuper, cls, self, fr.names[arg >> 2]!, (arg & 1) !== 0, (arg & 2) !== 0);
          decref(globalSuper);
          decref(cls);
          decref(self);
          sp -= 3;
          fast[sp] = fast[sp + 1] = fast[sp + 2] = null;
          if (arg & 1) fast[sp++] = first;
          else if (first !== null) decref(first);
          fast[sp++] = second;
          break;
        }
        case Op.STORE_ATTR: {
          fr.sp = sp;
          const owner = fast[sp - 1]!;
          const v = fast[sp - 2]!;
          abs.setAttr(owner, fr.names[arg]!, v);
          decref(owner);
          decref(v);
          sp -= 2;
          fast[sp] = fast[sp + 1] = null;
          break;
        }
        case Op.DELETE_ATTR: {
          fr.sp = sp;
          const owner = fast[sp - 1]!;
          abs.setAttr(owner, fr.names[arg]!, null);
          decref(owner);
          fast[--sp] = null;
          break;
        }
        case Op.COMPARE_OP: {
          fr.sp = sp;
          const rhs = fast[sp - 1]!;
          const lhs = fast[sp - 2]!;
          const r = fastCompare(lhs, rhs, arg) ?? abs.richCompare(lhs, rhs, arg as CompareOp);
          decref(lhs);
          decref(rhs);
          fast[--sp] = null;
          fast[sp - 1] = r;
          break;
        }
        case Op.IS_OP: {
          const rhs = fast[--sp]!;
          const lhs = fast[sp - 1]!;
          fast[sp] = null;
          const r = (lhs === rhs) !== (arg === 1) ? True : False;
          decref(lhs);
          decref(rhs);
          fast[sp - 1] = r;
          break;
        }
        case Op.CONTAINS_OP: {
          fr.sp = sp;
          const container = fast[sp - 1]!;
          const item = fast[sp - 2]!;
          const found = abs.contains(container, item);
          decref(container);
          decref(item);
          fast[--sp] = null;
          fast[sp - 1] = found !== (arg === 1) ? True : False;
          break;
        }
        case Op.JUMP_FORWARD:
        case Op.JUMP_BACKWARD:
          pc = arg;
          if (gcState.scheduled) {
            fr.sp = sp;
            fr.pc = pc;
            runScheduledCollection();
          }
          break;
        case Op.JUMP_BACKWARD_NO_INTERRUPT:
          pc = arg;
          break;
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE: {
          const cond = fast[--sp]!;
          fast[sp] = null;
          let truth: boolean;
          if (cond === True) truth = true;
          else if (cond === False) truth = false;
          else {
            fr.sp = sp;
            try {
              truth = abs.isTrue(cond);
            } finally {
              decref(cond);
            }
          }
          if (truth === (op === Op.POP_JUMP_IF_TRUE)) pc = arg;
          break;
        }
        case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE: {
          const v = fast[--sp]!;
          fast[sp] = null;
          if ((v === None) === (op === Op.POP_JUMP_IF_NONE)) pc = arg;
          decref(v);
          break;
        }
        case Op.UNPACK_SEQUENCE: {
          fr.sp = sp;
          const seq = fast[sp - 1]!;
          const items = seq.type === TupleType || seq.type === ListType ? (seq.v as PyObject[]) : null;
          if (items !== null && items.length === arg) {
            for (let i = 0; i < arg; i++) fast[sp - 1 + arg - 1 - i] = incref(items[i]!);
            decref(seq);
          } else {
            const values = unpackIterable(seq, arg);
            decref(seq);
            for (let i = 0; i < arg; i++) fast[sp - 1 + arg - 1 - i] = values[i]!;
          }
          sp += arg - 1;
          break;
        }
        case Op.UNPACK_EX: {
          fr.sp = sp;
          const seq = fast[sp - 1]!;
          const before = arg & 0xff;
          const after = arg >> 8;
          const values = unpackEx(seq, before, after);
          decref(seq);
          const n = values.length;
          for (let i = 0; i < n; i++) fast[sp - 1 + n - 1 - i] = values[i]!;
          sp += n - 1;
          break;
        }
        case Op.KW_NAMES:
          fr.kwnames = fr.consts[arg]!;
          break;
        case Op.CALL: {
          fr.sp = sp;
          fr.pc = pc;
          const kwnames = fr.kwnames;
          fr.kwnames = null;
          let nargs = arg;
          let base = sp - arg - 2; // [method_or_null, callable_or_self, args...]
          let callable = fast[base]!;
          if (callable === null) {
            callable = fast[base + 1]!;
            if (callable.type === MethodType) {
              // Unpack a bound method in place (as CALL does for PyMethod).
              const self = callable.v.self as PyObject;
              const func = callable.v.func as PyObject;
              fast[base] = incref(func);
              fast[base + 1] = incref(self);
              decref(callable);
              callable = func;
              nargs++;
            } else {
              base++;
            }
          } else {
            nargs++;
          }
          // callable sits at `base`; arguments follow it.
          if (callable.type === FunctionType) {
            let newFrame: Frame;
            try {
              newFrame = frameForCall(callable, fast, base + 1, nargs, kwnames);
            } catch (e) {
              // frameForCall consumed the callable and every argument, bound or not
              fast.fill(null, sp - arg - 2, sp);
              sp = sp - arg - 2;
              fr.sp = sp;
              throw e;
            }
            // references moved: the callable into f_funcobj, the arguments into its locals
            for (let i = sp - arg - 2; i < sp; i++) fast[i] = null;
            sp = sp - arg - 2;
            fr.sp = sp;
            pushFrame(newFrame, fr);
            fr = newFrame;
            code = fr.instrs;
            fast = fr.fast;
            sp = fr.sp;
            pc = 0;
            break;
          }
          const args = fast.slice(base + 1, base + 1 + nargs) as PyObject[];
          let r: PyObject;
          try {
            r =
              callable === StrType && nargs === 1 && kwnames === null && strCallSpecialized(fr.unit, pc - 1)
                ? abs.str(args[0]!)
                : abs.call(callable, args, kwnames);
          } finally {
            for (let i = sp - arg - 2; i < sp; i++) {
              const o = fast[i];
              if (o !== null && o !== undefined) decref(o);
              fast[i] = null;
            }
            sp = sp - arg - 2;
            fr.sp = sp;
          }
          fast[sp++] = r;
          // CHECK_EVAL_BREAKER after a call into native code
          if (gcState.scheduled) {
            fr.sp = sp;
            fr.pc = pc;
            runScheduledCollection();
          }
          break;
        }
        case Op.CALL_FUNCTION_EX: {
          fr.sp = sp;
          fr.pc = pc;
          const kwargs = arg & 1 ? fast[--sp]! : null;
          const callargs = fast[--sp]!;
          const func = fast[--sp]!;
          const nul = fast[sp - 1];
          fast[sp] = fast[sp + 1] = fast[sp + 2] = null;
          sp--;
          fast[sp] = null;
          fr.sp = sp;
          let r: PyObject;
          try {
            r = callEx(func, callargs, kwargs);
          } finally {
            decref(func);
            decref(callargs);
            xdecref(kwargs);
            xdecref(nul ?? null);
          }
          fast[sp++] = r;
          if (gcState.scheduled) {
            fr.sp = sp;
            fr.pc = pc;
            runScheduledCollection();
          }
          break;
        }
        case Op.MAKE_FUNCTION: {
          fr.sp = sp;
          const codeObj = fast[--sp]!;
          fast[sp] = null;
          const consts = codeData(codeObj).constItems;
          const doc = consts.length && consts[0]!.type === StrType ? consts[0]! : None;
          const moduleName = dictGetItemStr(fr.globals, "__name__");
          const func = newFunction(codeObj, fr.globals, fr.builtins, doc, moduleName);
          decref(codeObj);
          const fd = funcData(func);
          if (arg & 0x08) fd.closure = takeTop();
          if (arg & 0x04) fd.annotations = takeTop();
          if (arg & 0x02) fd.kwdefaults = takeTop();
          if (arg & 0x01) fd.defaults = takeTop();
          fast[sp++] = func;
          break;
        }
        case Op.LOAD_ASSERTION_ERROR:
          fast[sp++] = AssertionError;
          break;
        case Op.LOAD_BUILD_CLASS: {
          fr.sp = sp;
          const bc = dictGetItemStr(fr.builtins, "__build_class__");
          if (bc === null) raise(NameError, "__build_class__ not found");
          fast[sp++] = incref(bc);
          break;
        }
        case Op.SETUP_ANNOTATIONS: {
          fr.sp = sp;
          const ns = fr.locals!;
          if (dictGetItemStr(ns, "__annotations__") === null) {
            const d = newDict();
            dictSetItem(ns, newStr("__annotations__"), d);
            decref(d);
          }
          break;
        }
        case Op.IMPORT_NAME: {
          fr.sp = sp;
          const fromlist = fast[--sp]!;
          const level = fast[--sp]!;
          fast[sp] = fast[sp + 1] = null;
          fr.sp = sp;
          let m: PyObject;
          try {
            m = importName(fr, fr.names[arg]!, fromlist, level);
          } finally {
            decref(fromlist);
            decref(level);
          }
          fast[sp++] = m;
          break;
        }
        case Op.IMPORT_FROM: {
          fr.sp = sp;
          fast[sp] = importFrom(fast[sp - 1]!, fr.names[arg]!);
          sp++;
          break;
        }
        case Op.FORMAT_VALUE: {
          fr.sp = sp;
          const spec = arg & 4 ? fast[--sp]! : null;
          const value = fast[sp - 1]!;
          fast[sp] = null;
          fr.sp = sp;
          let r: PyObject;
          try {
            r = formatValue(value, arg & 3, spec);
          } finally {
            xdecref(spec);
          }
          decref(value);
          fast[sp - 1] = r;
          break;
        }
        case Op.CALL_INTRINSIC_1: {
          fr.sp = sp;
          const v = fast[sp - 1]!;
          const r = intrinsic1(arg, v, fr);
          decref(v);
          fast[sp - 1] = r;
          break;
        }
        case Op.CALL_INTRINSIC_2: {
          fr.sp = sp;
          const v2 = fast[--sp]!;
          const v1 = fast[sp - 1]!;
          fast[sp] = null;
          const r = intrinsic2(arg, v1, v2);
          decref(v1);
          decref(v2);
          fast[sp - 1] = r;
          break;
        }
        case Op.BEFORE_WITH: {
          fr.sp = sp;
          const mgr = fast[sp - 1]!;
          const [exit, entered] = withEnter(mgr);
          decref(mgr);
          fast[sp - 1] = exit;
          fast[sp++] = entered;
          break;
        }
        case Op.WITH_EXCEPT_START: {
          fr.sp = sp;
          // stack: exit_func, lasti, prev_exc, exc
          const exc = fast[sp - 1]!;
          const exit = fast[sp - 4]!;
          fast[sp++] = callWithExit(exit, exc);
          break;
        }
        default:
          fr.sp = sp;
          raise(SystemError, `pyarena: opcode ${op} is not supported yet`);
      }
    }

    function takeTop(): PyObject {
      const v = fast[--sp]!;
      fast[sp] = null;
      return v;
    }
  }

  // ---- exceptions -------------------------------------------------------------------------

  /**
   * An exception escaped an instruction of `frame`: record the traceback entry, then
   * find a handler in this frame or the ones above it (up to the entry frame).
   * Returns the frame to continue in, or null when the exception leaves evalFrame.
   */
  function handleException(frame: Frame, err: PyRaise, chain = true): Frame | null {
    let fr: Frame = frame;
    for (;;) {
      if (!ts.reraise) {
        if (fr === frame && chain) chainContext(err.exc);
        addTraceback(err.exc, fr);
      }
      ts.reraise = false;
      const handler = findHandler(fr);
      if (handler !== null) {
        unwindStack(fr, handler.depth);
        const lasti = fr.restoredLasti >= 0 ? fr.restoredLasti : fr.lasti;
        fr.restoredLasti = -1;
        if (handler.lasti) fr.fast[fr.sp++] = newInt(lasti);
        fr.fast[fr.sp++] = err.exc;
        fr.pc = handler.target;
        return fr;
      }
      ts.depth--;
      ts.frame = fr.back;
      clearFrame(fr);
      if (fr.isEntry) return null;
      fr = fr.back!;
    }
  }
}

/**
 * _PyErr_SetObject's implicit chaining: a new exception raised while another is
 * being handled gets it as __context__ (cutting a cycle if the chain already holds it).
 */
function chainContext(exc: PyObject): void {
  const handled = threadState.excInfo;
  if (handled === null || handled === exc) return;
  if (excState(exc).context === handled) return;
  let o: PyObject | null = handled;
  while (o !== null) {
    const next: PyObject | null = excState(o).context;
    if (next === exc) {
      setContext(o, null);
      break;
    }
    o = next;
  }
  setContext(exc, incref(handled));
}

function pushFrame(frame: Frame, caller: Frame): void {
  const ts = threadState;
  frame.back = caller;
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    clearFrame(frame);
    raise(RecursionError, "maximum recursion depth exceeded");
  }
  ts.frame = frame;
}

function findHandler(fr: Frame) {
  const at = fr.lasti;
  for (const entry of fr.unit.exceptionTable) {
    if (at >= entry.start && at < entry.end) return entry;
  }
  return null;
}

function unwindStack(fr: Frame, depth: number): void {
  const target = fr.stackBase + depth;
  while (fr.sp > target) {
    const o = fr.fast[--fr.sp];
    fr.fast[fr.sp] = null;
    if (o !== null && o !== undefined) decref(o);
  }
}

/** RAISE_VARARGS: `raise`, `raise exc`, `raise exc from cause` (do_raise). */
function doRaise(excArg: PyObject | null, causeArg: PyObject | null): never {
  const ts = threadState;
  if (excArg === null) {
    const current = ts.excInfo;
    if (current === null) raise(RuntimeError, "No active exception to reraise");
    ts.reraise = true;
    throw new PyRaise(incref(current));
  }
  const exc = instantiate(excArg);
  if (causeArg !== null) {
    let cause: PyObject | null;
    if (causeArg === None) {
      decref(causeArg);
      cause = null;
    } else {
      cause = instantiate(causeArg);
    }
    setCause(exc, cause);
  }
  throw new PyRaise(exc);
}


/** An exception class is called with no arguments; an instance is used as is. Takes over `o`. */
function instantiate(o: PyObject): PyObject {
  if (isSubtype(o.type, BaseException)) return o;
  if (isExceptionClass(o)) {
    const exc = abs.call(o, []);
    decref(o);
    if (!isSubtype(exc.type, BaseException)) {
      const name = typeName(exc);
      decref(exc);
      raise(TypeError, `calling ${(o.v as { name: string }).name} should have returned an instance of BaseException, not ${name}`);
    }
    return exc;
  }
  decref(o);
  raise(TypeError, "exceptions must derive from BaseException");
}

function isExceptionClass(o: PyObject): boolean {
  return isSubtype(o.type, TypeTypeObj) && isSubtype(o, BaseException);
}

/**
 * Exact-int and exact-float operands take a short path (CPython specialises the same
 * instructions: BINARY_OP_ADD_INT, COMPARE_OP_INT ...). The results are the objects the
 * general path would make; anything unusual returns null and takes the general path.
 */
function fastArith(lhs: PyObject, rhs: PyObject, arg: number): PyObject | null {
  const a = lhs.v;
  const b = rhs.v;
  if (lhs.type === IntType && rhs.type === IntType) {
    if (typeof a !== "number" || typeof b !== "number") return null;
    let r: number;
    switch (arg) {
      case 0: // +
      case 13: // +=
        r = a + b;
        break;
      case 10: // -
      case 23: // -=
        r = a - b;
        break;
      case 5: // *
      case 18: // *=
        r = a * b;
        break;
      default:
        return null;
    }
    // |exact result| < 2**53 exactly when the double result is a safe integer
    return Number.isSafeInteger(r) ? newInt(r) : null;
  }
  if (lhs.type === FloatType && rhs.type === FloatType) {
    switch (arg) {
      case 0:
      case 13:
        return newFloat((a as number) + (b as number));
      case 10:
      case 23:
        return newFloat((a as number) - (b as number));
      case 5:
      case 18:
        return newFloat((a as number) * (b as number));
      case 11: // /
      case 24:
        return (b as number) === 0 ? null : newFloat((a as number) / (b as number));
      default:
        return null;
    }
  }
  return null;
}

function fastCompare(lhs: PyObject, rhs: PyObject, op: number): PyObject | null {
  if (!((lhs.type === IntType && rhs.type === IntType) || (lhs.type === FloatType && rhs.type === FloatType))) return null;
  const a = lhs.v;
  const b = rhs.v;
  if (typeof a !== "number" || typeof b !== "number") return null;
  let r: boolean;
  switch (op) {
    case CompareOp.LT: r = a < b; break;
    case CompareOp.LE: r = a <= b; break;
    case CompareOp.EQ: r = a === b; break;
    case CompareOp.NE: r = a !== b; break;
    case CompareOp.GT: r = a > b; break;
    default: r = a >= b;
  }
  return r ? True : False;
}

function binaryOp(lhs: PyObject, rhs: PyObject, arg: number): PyObject {
  const symbol = BINARY_OPS[arg]!;
  const inplace = arg >= 13;
  const base = inplace ? arg - 13 : arg;
  if (symbol === "**" || symbol === "**=") return abs.powerOp(lhs, rhs, inplace);
  const slot = BINARY_SLOTS[base]!;
  return inplace ? abs.inplaceOp(lhs, rhs, slot) : abs.binaryOp(lhs, rhs, slot);
}

function loadGlobal(fr: Frame, name: PyObject): PyObject {
  let v = dictGetItemStr(fr.globals, name);
  if (v === null) v = dictGetItemStr(fr.builtins, name);
  if (v === null) raiseNameError(name);
  return incref(v);
}

function loadName(fr: Frame, name: PyObject): PyObject {
  const ns = fr.locals;
  if (ns !== null) {
    let v: PyObject | null;
    if (ns.type === DictType) v = dictGetItemStr(ns, name);
    else {
      try {
        v = abs.getItem(ns, name);
        return v;
      } catch (e) {
        v = null;
        throw e;
      }
    }
    if (v !== null) return incref(v);
  }
  return loadGlobal(fr, name);
}

function unboundLocal(fr: Frame, index: number): never {
  const name = fr.unit.localsplusnames[index]!;
  raise(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundDeref(fr: Frame, index: number): never {
  const name = fr.unit.localsplusnames[index]!;
  if (fr.unit.localspluskinds[index]! & CO_FAST_FREE) {
    raise(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  raise(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** _PyObject_GetMethod: an unbound method and the owner, or null (then LOAD_ATTR proper). */
export let methodLookup: (owner: PyObject, name: PyObject) => PyObject | null = () => null;
export function setMethodLookup(fn: (owner: PyObject, name: PyObject) => PyObject | null): void {
  methodLookup = fn;
}

/** f(*args, **kwargs): args a tuple (or iterable), kwargs a dict or mapping. */
export let callEx: (func: PyObject, args: PyObject, kwargs: PyObject | null) => PyObject = () => raise(SystemError, "callEx not installed");
export function setCallEx(fn: typeof callEx): void {
  callEx = fn;
}


