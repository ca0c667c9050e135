// Interpreter set-up and a program run: readies the static types, installs the
// up-calls lower layers need (calling Python functions, method lookup), builds the
// builtins and __main__ namespaces, runs the module code and reports an uncaught
// exception as CPython does.
import { clearMethodCache } from "../objects/methodcache.js";
import type * as A from "../parser/ast.js";
import { compileModule } from "../compiler/compile.js";
import { decref, incref, PyObject, PyRaise, setDeallocHook } from "../objects/object.js";
import { resetRuntime, HeapExhausted, rt } from "../objects/runtime.js";
import { leakedObjects, describeLeaks } from "../objects/audit.js";
import { heapReport } from "../inspect/heapreport.js";
import { establishStartupState } from "./startupstate.js";
import { installImportlib } from "./modulespec.js";
import { compileCount } from "./compilecost.js";
import { debugOptions } from "../debug.js";
import { codeData } from "../objects/codeobject.js";
import { ConstBoxer, codeUnit, loadCode } from "./codeloader.js";
import { AstArena } from "./astarena.js";
import { sequenceTuple } from "../objects/tuplemethods.js";
import { releaseModules, addModule, removeModule } from "./imports.js";
import { newFunction, funcData } from "../objects/funcobject.js";
import { newDict, dictSetItem, dictItems, dictLen, setFunctionStr } from "../objects/dictobject.js";
import { newModule } from "../objects/moduleobject.js";
import { newList } from "../objects/listobject.js";
import { newInt } from "../objects/longobject.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import { None } from "../objects/singletons.js";
import * as T from "../objects/types.js";
import { typeData, tp, isSubtype, typeName, staticTypes } from "../objects/typeobject.js";
import { readyStaticType, inheritSlots, lookupMethod, setIsMethodDescriptor, genericGetAttr } from "../objects/descrobject.js";
import { raise, TypeError, SystemExit, excState, newException, BaseException, MemoryError } from "../objects/exceptions.js";
import * as E from "../objects/exceptions.js";
import { newTuple, EmptyTuple, tupleItems as tupleItemsOf } from "../objects/tupleobject.js";
import { Frame } from "./frame.js";
import { evalFrame, frameForCall, setMethodLookup, setCallEx } from "./eval.js";
import { call as callObject, setAttributeErrorMessage } from "../objects/abstract.js";
import { resetThreadState, threadState } from "./threadstate.js";
import { formatException, type SourceLines } from "./errors.js";
import { reprText, strText } from "../objects/abstract.js";
import "../objects/alltypes.js";
import "./attributes.js";
import { unraisable } from "./classes.js";
import { compileTree, moduleFrame, sourceLine } from "./sourcemodule.js";
import { collectGeneration, resetGC, gcState, initCollectorLists, releaseCollectorLists } from "../objects/gc.js";

setDeallocHook((o) => {
  const dealloc = tp(o).dealloc;
  if (dealloc === null) throw new Error(`pyarena: no dealloc for ${typeName(o)}`);
  dealloc(o);
});

// ---- up-calls installed into the object layer ------------------------------------------------

// A call from native code: the frame takes new references to the function and arguments.
typeData(T.FunctionType).call = (func, args, kwnames) =>
  evalFrame(frameForCall(incref(func), args.map((a) => incref(a)), 0, args.length, kwnames));
setIsMethodDescriptor((o) => o.type === T.FunctionType || o.type === T.MethodDescrType);
setMethodLookup(lookupMethod);

/** f(*args, **kwargs) (CALL_FUNCTION_EX): positional args from a tuple, keywords from a dict. */
setCallEx((func, args, kwargs) => {
  // A lone *arg reaches CALL_FUNCTION_EX as is: anything but a tuple is converted.
  let tuple = args;
  if (args.type !== T.TupleType) {
    if (tp(args).iter === null && tp(args).getitem === null) {
      raise(TypeError, `${funcDescription(func)} argument after * must be an iterable, not ${typeName(args)}`);
    }
    tuple = sequenceTuple(args);
  } else {
    incref(tuple);
  }
  try {
    const positional = tuple.v as PyObject[];
    if (kwargs === null || dictLen(kwargs) === 0) return callObject(func, positional, null);
    const items = dictItems(kwargs);
    for (const [k] of items) if (k.type !== T.StrType) raise(TypeError, "keywords must be strings");
    const kwnames = newTuple(items.map(([k]) => incref(k)));
    try {
      return callObject(func, [...positional, ...items.map(([, v]) => v)], kwnames);
    } finally {
      decref(kwnames);
    }
  } finally {
    decref(tuple);
  }
});

setFunctionStr(funcDescription);

/** _PyObject_FunctionStr: how call errors name the callable. */
function funcDescription(func: PyObject): string {
  if (func.type === T.FunctionType) {
    const d = funcData(func);
    const module = d.module !== null && d.module.type === T.StrType && d.module.v !== "builtins" ? `${d.module.v as string}.` : "";
    return `${module}${d.qualname.v as string}()`;
  }
  return `${typeName(func)} object`;
}


// BaseException's construction and text (Objects/exceptions.c).
const baseExc = typeData(E.BaseException);
baseExc.new = (type, args) => newException(type, newTuple(args.map((a) => incref(a))));
// BaseException_init: the arguments become `args` again (subclass __init__ calls land here)
baseExc.init = (self, args, kwnames) => {
  if (kwnames !== null && tupleItemsOf(kwnames).length > 0) raise(TypeError, `${typeName(self)}() takes no keyword arguments`);
  const s = excState(self);
  const old = s.args;
  // type_call hands tp_new and tp_init the same tuple: after BaseException_new, the
  // init stores what is already there (pyarena's calls pass arrays, so compare items)
  const items = old.v as PyObject[];
  if (items.length === args.length && items.every((item, i) => item === args[i])) return;
  s.args = newTuple(args.map((a) => incref(a)));
  decref(old);
};
baseExc.str = (e) => {
  const items = excState(e).args.v as PyObject[];
  if (items.length === 0) return newStr("");
  if (items.length === 1) return newStr(strText(items[0]!));
  return newStr(reprText(excState(e).args));
};
baseExc.repr = (e) => {
  const items = excState(e).args.v as PyObject[];
  const name = typeData(e.type).name;
  if (items.length === 1) return newStr(`${name}(${reprText(items[0]!)})`);
  return newStr(`${name}${reprText(excState(e).args)}`);
};
typeData(E.KeyError).str = (e) => {
  const items = excState(e).args.v as PyObject[];
  if (items.length === 1) return newStr(reprText(items[0]!));
  return baseExc.str!(e);
};

/** What the modules layer provides to a session (installed by src/modules at load). */
export const hooks = {
  makeBuiltins: (): PyObject => raise(TypeError, "no builtins module installed"),
  /** run first at shutdown (atexit callbacks) */
  beforeShutdown: [] as (() => void)[],
  /** told the session's output streams (print, sys.stdout, sys.stderr register here) */
  outputListeners: [] as ((io: RunIO) => void)[],
};

for (const t of [T.FunctionType, T.ModuleType, E.BaseException]) typeData(t).instanceDict = true;

setAttributeErrorMessage((o, name) => {
  if (o.type === T.ModuleType) return `module '${o.w as string}' has no attribute '${name.v as string}'`;
  if (isSubtype(o.type, T.TypeType)) return `type object '${typeData(o).name}' has no attribute '${name.v as string}'`;
  return `'${typeName(o)}' object has no attribute '${name.v as string}'`;
});

// object.__sizeof__ and object.__dir__ (the slots seen from Python)
typeData(T.ObjectType).methodDefs["__sizeof__"] = {
  kind: "noargs",
  fn: (o) => newInt(tp(o).sizeof === null ? typeData(o.type).basicsize : tp(o).sizeof!(o)),
};

let typesReady = false;

/** PyType_Ready for every static type, once per run (their dicts live in the run's heap). */
function allStaticTypes(): PyObject[] {
  return [T.ObjectType, T.TypeType, ...staticTypes];
}

function readyTypes(): void {
  for (const t of allStaticTypes()) {
    if (!typesReady) inheritSlots(t);
    readyStaticType(t);
  }
  typesReady = true;
}

// ---- running a program -------------------------------------------------------------------------

export interface RunIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface RunResult {
  status: number;
}

/**
 * One interpreter session: a fresh runtime, the builtins and the __main__ namespace.
 * A script runs one module in it; the REPL runs each input in the same session.
 */
export class Session {
  readonly builtins: PyObject;
  readonly globals: PyObject;
  /** set when SystemExit escaped: the status the process should exit with */
  exitRequested: number | null = null;
  /** run once, after the first unit is compiled and before it runs (start-up state) */
  beforeFirstRun: ((session: Session) => void) | null = null;
  /** GC objects CPython's compiler leaves counted in generation 0 for the program (src/vm/compilecost.ts) */
  compileAllocations = 0;
  /** GC objects CPython's run of a file allocates before its first line (the module's loader) */
  loaderAllocations = 0;

  constructor(readonly io: RunIO, options: { trackObjects?: boolean } = {}) {
    resetRuntime(options);
    resetGC();
    resetThreadState();
    for (const listener of hooks.outputListeners) listener(io);
    unraisable.report = (text, exc) => io.stderr(text + formatException(exc, this.sourceLines));
    readyTypes();
    initCollectorLists();
    this.builtins = hooks.makeBuiltins();
    this.globals = newDict();
    dictSetItem(this.globals, internStr("__name__"), internStr("__main__"));
    dictSetItem(this.globals, internStr("__doc__"), None);
    const builtinsModule = newModule("builtins", incref(this.builtins));
    dictSetItem(this.globals, internStr("__builtins__"), builtinsModule);
    addModule("builtins", builtinsModule);
    // sys.modules['__main__']: the module object whose namespace the program runs in
    addModule("__main__", newModule("__main__", incref(this.globals)));
    installImportlib(this.builtins);
  }

  readonly sourceLines: SourceLines = {
    line: (file, lineno) => sourceLine(file, lineno),
  };

  /** Compile and run module code in __main__; returns the exit status (0 ok, 1 uncaught exception). */
  exec(tree: A.Module, source: string, filename: string, mode: "exec" | "single" = "exec"): number {
    const { code, arena } = compileTree(tree, source, filename, mode);
    if (this.beforeFirstRun !== null) {
      // what CPython's compiler and loader leave counted (the start-up state uses it)
      this.compileAllocations = compileCount(tree, code);
      // a file's __main__.__loader__ is a SourceFileLoader instance; -c and stdin use a class
      this.loaderAllocations = filename.startsWith("<") ? 0 : 1;
    }
    const frame = moduleFrame(code, this.globals, this.builtins);
    decref(code);
    const before = this.beforeFirstRun;
    this.beforeFirstRun = null;
    if (before !== null) before(this);
    try {
      decref(evalFrame(frame));
      arena.release();
      return 0;
    } catch (e) {
      // run_mod returns, the AST arena is freed, then the exception is printed.
      arena.release();
      if (e instanceof PyRaise) {
        if (isSubtype(e.exc.type, SystemExit)) {
          this.exitRequested = reportUncaught(e.exc, this.sourceLines, this.io);
          return this.exitRequested;
        }
        return reportUncaught(e.exc, this.sourceLines, this.io);
      }
      if (e instanceof HeapExhausted) {
        this.io.stderr("MemoryError\n");
        return 1;
      }
      throw e;
    }
  }

  /**
   * Interpreter shutdown: __main__'s namespace is cleared as _PyModule_ClearDict does
   * (names with one leading underscore first, then the rest, values replaced by None,
   * in dict order), then builtins; then the static types' dicts are released.
   */
  /** Tear the run down as CPython's finalization does; under the refs audit, report leaks (exit status 70). */
  finish(status = 0): number {
    for (const fn of hooks.beforeShutdown) fn();
    // gc.callbacks and gc.garbage die with the gc module
    gcState.onPhase = null;
    gcState.saveGarbage = null;
    // __main__ leaves sys.modules and is freed: its dict goes with it, by refcount or,
    // when functions and classes hold it in cycles, by the collector (finalize_modules)
    removeModule("__main__");
    releaseModules(clearModuleDict);
    releaseCollectorLists();
    decref(this.globals);
    collectGeneration(2);
    clearModuleDict(this.builtins);
    decref(this.builtins);
    // the last collection (interpreter_clear) runs after sys is gone: with no
    // sys.stderr, PyErr_WriteUnraisable writes nothing
    const hook = unraisable.customHook;
    unraisable.customHook = () => true;
    try {
      collectGeneration(2);
    } finally {
      unraisable.customHook = hook;
    }
    releaseTypeDicts();
    clearMethodCache();
    return debugOptions.refs ? reportLeaks(this.io, status) : status;
  }
}

export interface RunOptions {
  /** print the heap report (src/inspect) after the program, before teardown */
  heapReport?: (text: string) => void;
}

/** Run a parsed module as __main__; returns the exit status. */
export function runModule(tree: A.Module, source: string, filename: string, io: RunIO, options: RunOptions = {}): RunResult {
  const session = new Session(io, { trackObjects: options.heapReport !== undefined });
  const fileStr = newStr(filename);
  dictSetItem(session.globals, internStr("__file__"), fileStr);
  decref(fileStr);
  session.beforeFirstRun = establishStartupState;
  let status = session.exec(tree, source, filename);
  if (options.heapReport && rt.registry) options.heapReport(heapReport(rt.heap, rt.registry));
  status = session.finish(status);
  return { status };
}

/** The audit at exit: after teardown no object may remain alive but the immortal ones. */
function reportLeaks(io: RunIO, status: number): number {
  const leaks = leakedObjects();
  if (leaks.length === 0) return status;
  io.stderr(`pyarena: refcount audit: ${leaks.length} object(s) still alive after teardown:\n`);
  for (const line of describeLeaks(leaks)) io.stderr(`  ${line}\n`);
  return status === 0 ? 70 : status;
}

function clearModuleDict(d: PyObject): void {
  const pass = (select: (name: string) => boolean) => {
    for (const [key, value] of dictItems(d)) {
      if (value === None || key.type !== T.StrType) continue;
      if (select(key.v as string)) dictSetItem(d, key, None);
    }
  };
  pass((name) => name.startsWith("_") && !name.startsWith("__"));
  pass((name) => name !== "__builtins__");
}

function releaseTypeDicts(): void {
  for (const t of allStaticTypes()) {
    const data = typeData(t);
    if (data.dict !== null) {
      const d = data.dict;
      data.dict = null;
      decref(d);
    }
  }
}

function reportUncaught(exc: PyObject, sources: SourceLines, io: RunIO): number {
  if (isSubtype(exc.type, SystemExit)) {
    const args = excState(exc).args.v as PyObject[];
    let status = 0;
    if (args.length > 0 && args[0] !== None) {
      const code = args[0]!;
      if (code.type === T.IntType || code.type === T.BoolType) status = Number(code.v);
      else {
        io.stderr(strText(code) + "\n");
        status = 1;
      }
    }
    decref(exc);
    return status;
  }
  io.stderr(formatException(exc, sources));
  decref(exc);
  return 1;
}

export { EmptyTuple, BaseException, MemoryError, genericGetAttr, threadState };
