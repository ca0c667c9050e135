// The sys module, first form: the memory introspection functions (getsizeof,
// getrefcount, getallocatedblocks, _debugmallocstats, intern), the recursion limit,
// argv, exit, maxsize, version_info and implementation.
import { makeStructSeqType, newStructSeq } from "../objects/structseq.js";
import { newNamespace } from "../objects/namespaceobject.js";
import { dictFreeListCount } from "../objects/dictobject.js";
import { decref, incref, isImmortal, IMMORTAL_REPORTED, PyObject } from "../objects/object.js";
import { raise, raiseObject, TypeError, ValueError, SystemExit, newException, RecursionError, excState } from "../objects/exceptions.js";
import { None, True, False } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { internObject, newStr, internStr } from "../objects/unicodeobject.js";
import { newTuple, EmptyTuple, tupleOf } from "../objects/tupleobject.js";
import { newFloat } from "../objects/floatobject.js";
import { newList } from "../objects/listobject.js";
import { tp, typeName, type MethodDef, makeStaticType, typeData, TPFLAGS_HAVE_GC } from "../objects/typeobject.js";
import { allocObject, freeObject } from "../objects/runtime.js";
import { typeLookup } from "../objects/descrobject.js";
import { FunctionType } from "../objects/types.js";
import { isSubtype as isSubtypeOf } from "../objects/typeobject.js";
import { call as callObject } from "../objects/abstract.js";
import { gcTrack, gcUntrack } from "../objects/gcheader.js";
import { strLength } from "../objects/unicodeobject.js";
import { StrType, IntType } from "../objects/types.js";
import { rt } from "../objects/runtime.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { newModule, newModuleDict } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { threadState } from "../vm/threadstate.js";
import { getFrame } from "../vm/frameobject.js";
import { registerModule, sysModules, moduleNamed } from "../vm/imports.js";
import { unraisable } from "../vm/classes.js";
import { dictGetItemStr as dictGetItemStrLocal } from "../objects/dictobject.js";
import { reprText } from "../objects/abstract.js";
import { PyRaise } from "../objects/object.js";
import { hooks as interpreterHooks } from "../vm/interpreter.js";
import { tupleFreeListCounts } from "../objects/tupleobject.js";
import { floatFreeListCount } from "../objects/floatobject.js";
import { listFreeListCount } from "../objects/listobject.js";
import { formatFreeListLine } from "../memory/stats.js";

/** sys.getsizeof: __sizeof__ plus the GC and managed pre-header. */
export function sizeofObject(o: PyObject): number {
  // a class's own __sizeof__ (Python code) is called as _PySys_GetSizeOf does
  const method = tp(o).heap === null ? null : typeLookup(o.type, internStr("__sizeof__"));
  if (method !== null && method.type === FunctionType) return sizeFromPython(o, method) + tp(o).preHeaderSize;
  const sizeof = tp(o).sizeof;
  if (sizeof === null) raise(TypeError, `Type ${typeName(o)} doesn't define __sizeof__`);
  return sizeof(o) + tp(o).preHeaderSize;
}

function sizeFromPython(o: PyObject, method: PyObject): number {
  const r = callObject(method, [o]);
  try {
    if (r.type !== IntType && !isSubtypeOf(r.type, IntType)) raise(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
    const v = Number(r.v as number | bigint);
    if (v < 0) raise(ValueError, "__sizeof__() should return >= 0");
    return v;
  } finally {
    decref(r);
  }
}

/** sys.exception(): the exception being handled, or None. */
const exception: MethodDef = { kind: "noargs", fn: () => incref(threadState.excInfo ?? None) };
/** sys.exc_info(): (type, value, traceback) of the exception being handled. */
const excInfo: MethodDef = {
  kind: "noargs",
  fn: () => {
    const e = threadState.excInfo;
    if (e === null) return newTuple([incref(None), incref(None), incref(None)]);
    const tb = excState(e).traceback;
    return newTuple([incref(e.type), incref(e), incref(tb ?? None)]);
  },
};

const getsizeof: MethodDef = {
  kind: "fast",
  varargs: true, // METH_VARARGS | METH_KEYWORDS in 3.12
  fn: (_s, args) => {
    if (args.length < 1 || args.length > 2) raise(TypeError, `getsizeof() takes at most 2 arguments (${args.length} given)`);
    return newInt(sizeofObject(args[0]!));
  },
};

/** sys._getframe([depth]) */
const getframe: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length > 1) raise(TypeError, `_getframe expected at most 1 argument, got ${args.length}`);
    const arg = args[0];
    if (arg !== undefined && arg.type !== IntType && arg.type.v !== typeData(IntType)) {
      raise(TypeError, `'${typeName(arg)}' object cannot be interpreted as an integer`);
    }
    const depth = arg === undefined ? 0 : Number(arg.v);
    const fo = getFrame(Math.max(depth, 0));
    if (fo === null) raise(ValueError, "call stack is not deep enough");
    return incref(fo);
  },
};

const getrefcount: MethodDef = {
  kind: "o",
  fn: (_s, o) => newInt(isImmortal(o) ? IMMORTAL_REPORTED : o.rc),
};

const getallocatedblocks: MethodDef = { kind: "noargs", fn: () => newInt(rt.heap.allocatedBlocks()) };

const intern: MethodDef = {
  kind: "o",
  fn: (_s, o) => {
    if (o.type !== StrType) raise(TypeError, `intern() argument must be str, not ${typeName(o)}`);
    return incref(internObject(o));
  },
};

const getrecursionlimit: MethodDef = { kind: "noargs", fn: () => newInt(threadState.recursionLimit) };

const setrecursionlimit: MethodDef = {
  kind: "o",
  fn: (_s, o) => {
    if (o.type !== IntType) raise(TypeError, "'float' object cannot be interpreted as an integer");
    const limit = Number(o.v);
    if (limit < 1) raise(ValueError, "recursion limit must be greater or equal than 1");
    if (limit <= threadState.depth) {
      raise(RecursionError, `cannot set the recursion limit to ${limit} at the recursion depth ${threadState.depth}: the limit is too low`);
    }
    threadState.recursionLimit = limit;
    return None;
  },
};

/** Where sys._debugmallocstats writes (the C-level stderr). */
export const stderrSink = { write: (_text: string): void => {} };
export const stdoutSink = { write: (_text: string): void => {} };
interpreterHooks.outputListeners.push((io) => {
  stderrSink.write = io.stderr;
  stdoutSink.write = io.stdout;
});

const debugmallocstats: MethodDef = {
  kind: "noargs",
  fn: () => {
    const lines = [
      formatFreeListLine("free PyDictObject", dictFreeListCount(), 48),
      formatFreeListLine("free PyFloatObject", floatFreeListCount(), 24),
      formatFreeListLine("free PyListObject", listFreeListCount(), 40),
      ...tupleFreeListCounts().slice(1).map((n, i) => formatFreeListLine(`free ${i + 1}-sized PyTupleObject`, n, 24 + 8 * (i + 1))),
    ];
    stderrSink.write(rt.heap.debugMallocStatsText(lines));
    return None;
  },
};

const exit: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    const exc = newException(SystemExit, args.length ? tupleOf(args[0]!) : EmptyTuple);
    raiseObject(exc);
  },
};

/** sys.unraisablehook's argument (UnraisableHookArgs). */
const UnraisableHookArgsType = makeStructSeqType("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]);

/** The default sys.unraisablehook: "Exception ignored in: <object repr>" and the traceback. */
const defaultUnraisableHook: MethodDef = {
  kind: "o",
  fn: (_s, args) => {
    const items = args.v as PyObject[];
    const exc = items[1]!;
    const msg = items[3]!;
    const prefix = msg === None ? "Exception ignored in" : (msg.v as string);
    unraisable.report(`${prefix}: ${reprText(items[4]!)}\n`, exc);
    return incref(None);
  },
};
let defaultHookObject: PyObject | null = null;

// A replaced sys.unraisablehook is called with UnraisableHookArgs; if it fails, that is reported.
unraisable.customHook = (exc, obj) => {
  const sys = moduleNamed("sys");
  const hook = sys === null || sys.dict === null ? null : dictGetItemStrLocal(sys.dict, "unraisablehook");
  if (hook === null || hook === defaultHookObject) return false;
  const tb = excState(exc).traceback;
  const args = newStructSeq(UnraisableHookArgsType, [incref(exc.type), incref(exc), incref(tb ?? None), incref(None), incref(obj)]);
  incref(hook);
  try {
    decref(callObject(hook, [args]));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    unraisable.report(`Exception ignored in sys.unraisablehook: ${reprText(hook)}\n`, e.exc);
    decref(e.exc);
  } finally {
    decref(hook);
    decref(args);
  }
  return true;
};

const FUNCTIONS: Record<string, MethodDef> = {
  getsizeof, getrefcount, _getframe: getframe, exception, exc_info: excInfo, getallocatedblocks, intern, getrecursionlimit, setrecursionlimit, _debugmallocstats: debugmallocstats, exit,
};

export const sysConfig = { argv: [] as string[] };

/** sys.stdout / sys.stderr: text streams whose write() goes to the CLI's output (io.TextIOWrapper). */
export const TextIOType = makeStaticType("TextIOWrapper", 208, 0, TPFLAGS_HAVE_GC);
typeData(TextIOType).module = "_io";
typeData(TextIOType).methodDefs = {
  write: {
    kind: "o",
    fn: (self, text) => {
      if (text.type !== StrType) raise(TypeError, `write() argument must be str, not ${typeName(text)}`);
      (self.v as { write: (t: string) => void }).write(text.v as string);
      return newInt(strLength(text));
    },
  },
  flush: { kind: "noargs", fn: () => None },
};
typeData(TextIOType).dealloc = (o) => {
  gcUntrack(o);
  freeObject(o);
};
typeData(TextIOType).traverse = () => {};

function newStream(sink: { write: (t: string) => void }, name: string): PyObject {
  const o = allocObject(TextIOType, 224, { write: (t: string) => sink.write(t), name }, null);
  gcTrack(o);
  return o;
}

// The struct sequence types of sys (created once: static types, readied with the others).
const VersionInfoType = makeStructSeqType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const IntInfoType = makeStructSeqType("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const FloatInfoType = makeStructSeqType("sys.float_info", [
  "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
]);
const HashInfoType = makeStructSeqType("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);

export function makeSysModule(): PyObject {
  const d = newModuleDict("sys");
  const set = (name: string, value: PyObject, owned = true) => {
    dictSetItem(d, internStr(name), value);
    if (owned) decref(value);
  };
  for (const [name, def] of Object.entries(FUNCTIONS)) set(name, newBuiltin(name, def, null, "sys"));
  set("argv", newList(sysConfig.argv.map((a) => newStr(a))));
  set("modules", sysModules(), false);
  defaultHookObject = newBuiltin("unraisablehook", defaultUnraisableHook, null, "sys");
  set("unraisablehook", defaultHookObject, false);
  set("__unraisablehook__", defaultHookObject);
  set("stdout", newStream(stdoutSink, "<stdout>"));
  set("stderr", newStream(stderrSink, "<stderr>"));
  set("maxsize", newInt(9223372036854775807n));
  const versionInfo = newStructSeq(VersionInfoType, [newInt(3), newInt(12), newInt(1), newStr("final"), newInt(0)]);
  set("version_info", versionInfo, false);
  const implementationAttrs: [string, PyObject][] = [
    ["name", newStr("cpython")], ["cache_tag", newStr("cpython-312")], ["version", versionInfo],
    ["hexversion", newInt(0x030c01f0)], ["_multiarch", newStr("x86_64-linux-gnu")],
  ];
  set("implementation", newNamespace(implementationAttrs));
  for (const [name, value] of implementationAttrs) if (name !== "version") decref(value);
  decref(versionInfo);
  set("int_info", newStructSeq(IntInfoType, [30, 4, 4300, 640].map((n) => newInt(n))));
  set("float_info", newStructSeq(FloatInfoType, [
    newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307),
    newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1),
  ]));
  set("hash_info", newStructSeq(HashInfoType, [
    newInt(64), newInt(2305843009213693951n), newInt(314159), newInt(0), newInt(1000003), newStr("siphash13"),
    newInt(64), newInt(128), newInt(0),
  ]));
  set("version", newStr("3.12.1 (pyarena) [TypeScript]"));
  set("hexversion", newInt(0x030c01f0));
  set("byteorder", newStr("little"));
  set("platform", newStr("linux"));
  void True;
  void False;
  return newModule("sys", d);
}

registerModule("sys", makeSysModule);
