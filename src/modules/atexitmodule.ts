// The atexit module (Modules/atexitmodule.c): functions registered here run at
// interpreter shutdown, last registered first, before the modules are torn down.
import { decref, incref, PyObject, PyRaise } from "../objects/object.js";
import { raise, TypeError } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import type { MethodDef } from "../objects/typeobject.js";
import { newModule, newModuleDict } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import * as abs from "../objects/abstract.js";
import { onRuntimeReset } from "../objects/runtime.js";
import { registerModule } from "../vm/imports.js";
import { hooks as interpreterHooks } from "../vm/interpreter.js";
import { unraisable } from "../vm/classes.js";

interface Callback {
  func: PyObject;
  args: PyObject[];
  kwnames: PyObject | null;
}

let callbacks: Callback[] = [];
onRuntimeReset(() => {
  callbacks = [];
});

const register: MethodDef = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos < 1) raise(TypeError, "register() takes at least 1 argument (0 given)");
    const func = args[0]!;
    if (!abs.isCallable(func)) raise(TypeError, "the first argument must be callable");
    const rest = args.slice(1).map((a) => incref(a));
    callbacks.push({ func: incref(func), args: rest, kwnames: kwnames === null || kwnames.length === 0 ? null : newTuple(kwnames.map((n) => internStr(n))) });
    return incref(func);
  },
};

function release(cb: Callback): void {
  decref(cb.func);
  for (const a of cb.args) decref(a);
  if (cb.kwnames !== null) decref(cb.kwnames);
}

const unregister: MethodDef = {
  kind: "o",
  fn: (_s, func) => {
    const keep: Callback[] = [];
    for (const cb of callbacks) {
      if (abs.richCompareBool(cb.func, func, 2)) release(cb);
      else keep.push(cb);
    }
    callbacks = keep;
    return incref(None);
  },
};

/** atexit_callfuncs: newest first; an exception is reported and the rest still run. */
export function runExitFuncs(): void {
  while (callbacks.length > 0) {
    const cb = callbacks.pop()!;
    try {
      decref(abs.call(cb.func, cb.args, cb.kwnames));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      unraisable.report(`Exception ignored in atexit callback: ${abs.reprText(cb.func)}\n`, e.exc);
      decref(e.exc);
    } finally {
      release(cb);
    }
  }
}

const FUNCTIONS: Record<string, MethodDef> = {
  register,
  unregister,
  _run_exitfuncs: { kind: "noargs", fn: () => (runExitFuncs(), incref(None)) },
  _clear: {
    kind: "noargs",
    fn: () => {
      for (const cb of callbacks) release(cb);
      callbacks = [];
      return incref(None);
    },
  },
  _ncallbacks: { kind: "noargs", fn: () => newInt(callbacks.length) },
};

function makeAtexitModule(): PyObject {
  const d = newModuleDict("atexit");
  for (const [name, def] of Object.entries(FUNCTIONS)) {
    const f = newBuiltin(name, def, null, "atexit");
    dictSetItem(d, internStr(name), f);
    decref(f);
  }
  return newModule("atexit", d);
}

registerModule("atexit", makeAtexitModule);
interpreterHooks.beforeShutdown.push(runExitFuncs);

export { tupleItems };
