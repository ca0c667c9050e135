// The builtins module (Python/bltinmodule.c): the functions every program reaches
// for. Each is a METH_* definition; the module dict is built per run.
import { decref, incref, PyObject } from "../objects/object.js";
import * as abs from "../objects/abstract.js";
import { None, True, False, pyBool, Ellipsis, NotImplemented } from "../objects/singletons.js";
import { raise, raiseObject, newException, TypeError, ValueError, StopIteration, raiseEmpty } from "../objects/exceptions.js";
import * as E from "../objects/exceptions.js";
import { newStr, strLength } from "../objects/unicodeobject.js";
import { newInt } from "../objects/longobject.js";
import { isSubtype, typeName, type MethodDef, typeData } from "../objects/typeobject.js";
import * as T from "../objects/types.js";
import { newBuiltin } from "../objects/descrobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { objectId } from "../objects/runtime.js";
import { internStr } from "../objects/unicodeobject.js";
import { tupleItems, tupleOf } from "../objects/tupleobject.js";
import { buildClass } from "../vm/classes.js";
import { genSend } from "../vm/generators.js";
import { importModule } from "../vm/imports.js";
import { threadState } from "../vm/threadstate.js";

/** Where print() writes when no file= is given (the CLI's stdout, via sys.stdout later). */
export const output = {
  write: (_text: string): void => {},
};

function kwArg(args: PyObject[], kwnames: string[] | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const i = kwnames.indexOf(name);
  return i < 0 ? null : args[args.length - kwnames.length + i]!;
}

const print: MethodDef = {
  kind: "fastkw",
  fn: (_self, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    for (const name of kwnames ?? []) {
      if (!["sep", "end", "file", "flush"].includes(name)) raise(TypeError, `'${name}' is an invalid keyword argument for print()`);
    }
    const sepObj = kwArg(args, kwnames, "sep");
    const endObj = kwArg(args, kwnames, "end");
    const sep = textOrDefault(sepObj, " ", "sep");
    const end = textOrDefault(endObj, "\n", "end");
    const file = kwArg(args, kwnames, "file");
    // each argument is written as soon as it is converted (a failing __str__ leaves the
    // earlier ones printed, as CPython's print does)
    const out = file === null || file === None ? (t: string) => output.write(t) : (t: string) => writeTo(file, t);
    for (let i = 0; i < npos; i++) {
      if (i > 0) out(sep);
      out(abs.strText(args[i]!));
    }
    out(end);
    return None;
  },
};

/** file.write(text) on any object with a write method. */
function writeTo(file: PyObject, text: string): void {
  const write = abs.getAttr(file, internStr("write"));
  const arg = newStr(text);
  try {
    decref(abs.call(write, [arg]));
  } finally {
    decref(arg);
    decref(write);
  }
}

function textOrDefault(o: PyObject | null, dflt: string, what: string): string {
  if (o === null || o === None) return dflt;
  if (o.type !== T.StrType && !isSubtype(o.type, T.StrType)) raise(TypeError, `${what} must be None or a string, not ${typeName(o)}`);
  return o.v as string;
}

const len: MethodDef = { kind: "o", fn: (_s, o) => newInt(abs.length(o)) };
const repr: MethodDef = { kind: "o", fn: (_s, o) => abs.repr(o) };
const id: MethodDef = { kind: "o", fn: (_s, o) => newInt(objectId(o)) };
const hash: MethodDef = {
  kind: "o",
  fn: (_s, o) => {
    const h = abs.hash(o);
    return typeof h === "number" ? newInt(h) : newInt(h);
  },
};
const iter: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length === 0 || args.length > 2) raise(TypeError, `iter expected at most 2 arguments, got ${args.length}`);
    if (args.length === 1) return abs.getIter(args[0]!);
    if (!abs.isCallable(args[0]!)) raise(TypeError, "iter(v, w): v must be callable");
    return newCallIter(args[0]!, args[1]!);
  },
};
const next: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    // a generator's return value travels in the StopIteration next() raises
    if (args[0]!.type === T.GeneratorType) return nextOfGenerator(args[0]!, args[1] ?? null);
    const v = abs.iterNext(args[0]!);
    if (v !== null) return v;
    if (args.length > 1) return incref(args[1]!);
    raiseEmpty(StopIteration);
  },
};
function nextOfGenerator(g: PyObject, dflt: PyObject | null): PyObject {
  try {
    return genSend(g, None);
  } catch (e) {
    if (dflt === null || !(e instanceof PyRaise) || !isSubtype(e.exc.type, StopIteration)) throw e;
    decref(e.exc);
    return incref(dflt);
  }
}

const isinstance: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length !== 2) raise(TypeError, `isinstance expected 2 arguments, got ${args.length}`);
    const [o, cls] = args as [PyObject, PyObject];
    return pyBool(isInstanceOf(o, cls));
  },
};

/** PyObject_IsInstance: a class, or a (nested) tuple of classes. */
function isInstanceOf(o: PyObject, cls: PyObject): boolean {
  if (o.type === cls) return true;
  if (cls.type === T.TupleType) return tupleItems(cls).some((c) => isInstanceOf(o, c));
  if (!isSubtype(cls.type, T.TypeType)) raise(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  if (isSubtype(o.type, cls)) return true;
  // object_isinstance: an instance (or a proxy) may claim another class through __class__
  const icls = abs.getAttrOrNull(o, internStr("__class__"));
  if (icls === null) return false;
  try {
    return icls !== o.type && isSubtype(icls.type, T.TypeType) && isSubtype(icls, cls);
  } finally {
    decref(icls);
  }
}

/** PyObject_IsSubclass over (nested) tuples. */
function isSubclassOf(cls: PyObject, parent: PyObject): boolean {
  if (parent.type === T.TupleType) return tupleItems(parent).some((p) => isSubclassOf(cls, p));
  if (!isSubtype(parent.type, T.TypeType)) raise(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return isSubtype(cls, parent);
}
const callable: MethodDef = { kind: "o", fn: (_s, o) => pyBool(abs.isCallable(o)) };

/** __import__(name, globals=None, locals=None, fromlist=(), level=0) */
const importFn: MethodDef = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    const name = npos > 0 ? args[0]! : kwArg(args, kwnames, "name");
    if (name === null) raise(TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (name.type !== T.StrType) raise(TypeError, `__import__() argument 1 must be str, not ${typeName(name)}`);
    const fromlist = (npos > 3 ? args[3]! : kwArg(args, kwnames, "fromlist")) ?? None;
    const level = (npos > 4 ? args[4]! : kwArg(args, kwnames, "level")) ?? null;
    if (level !== null && Number(level.v) < 0) raise(ValueError, "level must be >= 0");
    if (level !== null && Number(level.v) > 0) raise(E.ImportError, "attempted relative import with no known parent package");
    if ((name.v as string) === "") raise(ValueError, "Empty module name");
    const builtinsDict = threadState.frame?.builtins ?? None;
    return importModule(name.v as string, fromlist, builtinsDict);
  },
};

export const BUILTIN_FUNCTIONS: Record<string, MethodDef> = { __build_class__: buildClass, __import__: importFn, print, len, repr, id, hash, iter, next, isinstance, callable };

/** The builtins namespace for a new run. */
export function makeBuiltinsDict(): PyObject {
  const d = newDict();
  const set = (name: string, value: PyObject) => {
    dictSetItem(d, internStr(name), value);
  };
  for (const [name, def] of Object.entries(BUILTIN_FUNCTIONS)) {
    const f = newBuiltin(name, def, null, "builtins");
    set(name, f);
    decref(f);
  }
  for (const t of [
    T.IntType, T.FloatType, T.ComplexType, T.StrType, T.BoolType, T.TupleType, T.ListType, T.DictType, T.SetType, T.FrozenSetType,
    T.ObjectType, T.TypeType, T.RangeType, T.BytesType, T.ByteArrayType, MemoryViewType, T.SliceType, T.EnumerateType, T.ZipType, T.MapType,
    T.FilterType, T.ReversedType, T.SuperType, T.PropertyType, T.StaticMethodType, T.ClassMethodType,
  ]) {
    set(typeData(t).name, t);
  }
  for (const [name, value] of Object.entries(E)) {
    if (value instanceof PyObject && value.v && typeof value.v === "object" && "mro" in value.v) set(name, value);
  }
  // bltinmodule.c's aliases of OSError
  set("EnvironmentError", E.OSError);
  set("IOError", E.OSError);
  set("None", None);
  set("True", True);
  set("False", False);
  set("Ellipsis", Ellipsis);
  set("NotImplemented", NotImplemented);
  return d;
}

export { strLength, ValueError };

// ---- more built-in functions ---------------------------------------------------------------

import { newFloat } from "../objects/floatobject.js";
import { listItems } from "../objects/listobject.js";
import { CompareOp } from "../objects/typeobject.js";
import { AttributeError, ZeroDivisionError } from "../objects/exceptions.js";
import { PyRaise } from "../objects/object.js";
import { asciiRepr } from "../vm/evalhelpers.js";
import { sumIterator } from "./builtinsum.js";

function exactArgs(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) raise(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
}

function rangeArgs(name: string, args: PyObject[], min: number, max: number): void {
  if (args.length < min) raise(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  if (args.length > max) raise(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
}

/** Iterate a Python iterable with a JS callback (new references are released after each call). */
export function forEach(iterable: PyObject, fn: (item: PyObject) => boolean | void): void {
  const it = abs.getIter(iterable);
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      let stop: boolean | void;
      try {
        stop = fn(x);
      } finally {
        decref(x);
      }
      if (stop === true) return;
    }
  } finally {
    decref(it);
  }
}

const absFn: MethodDef = { kind: "o", fn: (_s, o) => abs.unaryOp(o, "abs", "abs()") };

function minmax(name: "min" | "max", op: CompareOp): MethodDef {
  return {
    kind: "fastkw",
    varargs: true, // METH_VARARGS | METH_KEYWORDS in 3.12
    fn: (_s, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const npos = args.length - nkw;
      const key = kwArg(args, kwnames, "key");
      const dflt = kwArg(args, kwnames, "default");
      for (const k of kwnames ?? []) if (k !== "key" && k !== "default") raise(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
      if (npos === 0) raise(TypeError, `${name} expected at least 1 argument, got 0`);
      if (npos > 1 && dflt !== null) raise(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
      const useKey = key !== null && key !== None;
      let best: PyObject | null = null;
      let bestKey: PyObject | null = null;
      const consider = (item: PyObject) => {
        const k = useKey ? abs.call(key!, [item]) : incref(item);
        if (best === null) {
          best = incref(item);
          bestKey = k;
        } else if (abs.richCompareBool(k, bestKey!, op)) {
          decref(best);
          decref(bestKey!);
          best = incref(item);
          bestKey = k;
        } else {
          decref(k);
        }
      };
      try {
        if (npos === 1) forEach(args[0]!, consider);
        else for (let i = 0; i < npos; i++) consider(args[i]!);
      } catch (e) {
        if (best !== null) decref(best);
        if (bestKey !== null) decref(bestKey);
        throw e;
      }
      if (best === null) {
        if (dflt !== null) return incref(dflt);
        raise(ValueError, `${name}() iterable argument is empty`);
      }
      decref(bestKey!);
      return best;
    },
  };
}

const sum: MethodDef = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos === 0) raise(TypeError, "sum() takes at least 1 positional argument (0 given)");
    const start = npos > 1 ? args[1]! : kwArg(args, kwnames, "start");
    if (start !== null && (start.type === T.StrType || start.type === T.BytesType)) {
      raise(TypeError, start.type === T.StrType ? "sum() can't sum strings [use ''.join(seq) instead]" : "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    const it = abs.getIter(args[0]!);
    try {
      return sumIterator(it, start === null ? newInt(0) : incref(start));
    } finally {
      decref(it);
    }
  },
};

const chr: MethodDef = {
  kind: "o",
  fn: (_s, o) => {
    const v = abs.indexValue(o);
    if (typeof v === "bigint" || v < 0 || v > 0x10ffff) raise(ValueError, "chr() arg not in range(0x110000)");
    return newStr(String.fromCodePoint(v));
  },
};

const ord: MethodDef = {
  kind: "o",
  fn: (_s, o) => {
    if (o.type === T.StrType) {
      const chars = [...(o.v as string)];
      if (chars.length !== 1) raise(TypeError, `ord() expected a character, but string of length ${chars.length} found`);
      return newInt(chars[0]!.codePointAt(0)!);
    }
    if (o.type === T.BytesType) {
      const b = o.v as Uint8Array;
      if (b.length !== 1) raise(TypeError, `ord() expected a character, but string of length ${b.length} found`);
      return newInt(b[0]!);
    }
    raise(TypeError, `ord() expected string of length 1, but ${typeName(o)} found`);
  },
};

function radix(prefix: string, base: number): MethodDef {
  return {
    kind: "o",
    fn: (_s, o) => {
      const v = abs.indexValue(o);
      const big = typeof v === "bigint" ? v : BigInt(v);
      const neg = big < 0n;
      return newStr(`${neg ? "-" : ""}${prefix}${(neg ? -big : big).toString(base)}`);
    },
  };
}

const divmod: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    exactArgs("divmod", args, 2);
    return abs.binaryOp(args[0]!, args[1]!, "divmod");
  },
};

const pow: MethodDef = {
  kind: "fastkw",
  fn: (_s, args, kwnames) => {
    const base = args[0]!;
    const exp = args[1]!;
    const mod = args[2] ?? kwArg(args, kwnames, "mod") ?? None;
    if (mod === None) return abs.powerOp(base, exp, false);
    const isInt = (o: PyObject) => o.type === T.IntType || o.type === T.BoolType;
    if (!isInt(base) || !isInt(exp) || !isInt(mod)) {
      if ([base, exp, mod].every((o) => isInt(o) || o.type === T.FloatType || o.type === T.ComplexType)) {
        raise(TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
      }
    }
    const slot = (base.type.v as { pow: ((a: PyObject, b: PyObject, m: PyObject) => PyObject) | null }).pow;
    if (slot === null) raise(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
    return slot(base, exp, mod);
  },
};

const round: MethodDef = {
  kind: "fastkw",
  fn: (_s, args) => {
    const o = args[0]!;
    const method = lookupSpecial(o, "__round__");
    if (method === null) raise(TypeError, `type ${typeName(o)} doesn't define __round__ method`);
    try {
      return abs.call(method, args.length > 1 && args[1] !== None ? [args[1]!] : []);
    } finally {
      decref(method);
    }
  },
};


function attrName(o: PyObject, fn: string): PyObject {
  if (o.type !== T.StrType && !isSubtype(o.type, T.StrType)) raise(TypeError, `attribute name must be string, not '${typeName(o)}'`);
  return o;
}

const getattr: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    rangeArgs("getattr", args, 2, 3);
    const name = attrName(args[1]!, "getattr");
    if (args.length === 2) return abs.getAttr(args[0]!, name);
    try {
      const v = abs.getAttrOrNull(args[0]!, name);
      if (v !== null) return v;
    } catch (e) {
      if (!(e instanceof PyRaise) || !isSubtype(e.exc.type, AttributeError)) throw e;
      decref(e.exc);
    }
    return incref(args[2]!);
  },
};

const hasattr: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    exactArgs("hasattr", args, 2);
    const name = attrName(args[1]!, "hasattr");
    try {
      const v = abs.getAttrOrNull(args[0]!, name);
      if (v === null) return False;
      decref(v);
      return True;
    } catch (e) {
      if (!(e instanceof PyRaise) || !isSubtype(e.exc.type, AttributeError)) throw e;
      decref(e.exc);
      return False;
    }
  },
};

const setattr: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    exactArgs("setattr", args, 3);
    // setattr interns the attribute name (PyObject_SetAttr): a runtime str becomes immortal.
    const name = internObject(attrName(args[1]!, "setattr"));
    abs.setAttr(args[0]!, name, args[2]!);
    return None;
  },
};

const delattr: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    exactArgs("delattr", args, 2);
    abs.setAttr(args[0]!, attrName(args[1]!, "delattr"), null);
    return None;
  },
};

const issubclass: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    exactArgs("issubclass", args, 2);
    const [cls, parent] = args as [PyObject, PyObject];
    if (!isSubtype(cls.type, T.TypeType)) raise(TypeError, "issubclass() arg 1 must be a class");
    return pyBool(isSubclassOf(cls, parent));
  },
};

function anyAll(want: boolean): MethodDef {
  return {
    kind: "o",
    fn: (_s, iterable) => {
      let found = false;
      forEach(iterable, (item) => {
        if (abs.isTrue(item) === want) {
          found = true;
          return true;
        }
        return false;
      });
      return pyBool(want ? found : !found);
    },
  };
}

const format: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    rangeArgs("format", args, 1, 2);
    if (args.length === 1) {
      const empty = newStr("");
      try {
        return abs.format(args[0]!, empty);
      } finally {
        decref(empty);
      }
    }
    return abs.format(args[0]!, args[1]!);
  },
};

const ascii: MethodDef = { kind: "o", fn: (_s, o) => asciiRepr(o) };

const sorted: MethodDef = { kind: "fastkw", fn: (_s, args, kwnames) => builtinSorted(args, kwnames) };

const globalsFn: MethodDef = { kind: "noargs", fn: () => incref(currentGlobals()) };
const localsFn: MethodDef = { kind: "noargs", fn: () => currentLocals() };

const vars: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length === 0) return currentLocals();
    if (args.length > 1) raise(TypeError, `vars expected at most 1 argument, got ${args.length}`);
    try {
      return abs.getAttr(args[0]!, internStr("__dict__"));
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(e.exc.type, AttributeError)) {
        decref(e.exc);
        raise(TypeError, "vars() argument must have __dict__ attribute");
      }
      throw e;
    }
  },
};

/** input(): reads a line from standard input (the CLI's stdin); EOFError at its end. */
export const inputSource = { readLine: (): string | null => null };
const input: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length > 1) raise(TypeError, `input expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) output.write(abs.strText(args[0]!));
    const line = inputSource.readLine();
    if (line === null) raise(E.EOFError, "EOF when reading a line");
    return newStr(line.replace(/\r?\n$/, ""));
  },
};

const dir: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length > 1) raise(TypeError, `dir expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) {
      const ns = currentLocals();
      try {
        const keys = dictKeysList(ns);
        sortList(keys);
        return keys;
      } finally {
        decref(ns);
      }
    }
    return dirOfObject(args[0]!);
  },
};

/** PyObject_Dir: type(o).__dir__(o), made a sorted list. */
function dirOfObject(o: PyObject): PyObject {
  const method = lookupSpecial(o, "__dir__");
  if (method === null) return dirOf(o);
  let result: PyObject;
  try {
    result = abs.call(method, []);
  } finally {
    decref(method);
  }
  try {
    const listed = abs.call(T.ListType, [result]);
    sortList(listed);
    return listed;
  } finally {
    decref(result);
  }
}


function sortList(l: PyObject): void {
  const sortDef = (T.ListType.v as { methodDefs: Record<string, MethodDef> }).methodDefs["sort"]!;
  if (sortDef.kind === "fastkw") decref(sortDef.fn(l, [], null));
}

/**
 * exit() and quit(): site.py's Quitter.__call__, which raises SystemExit(code) with
 * code None by default. (CPython's are Quitter instances, not functions: their repr
 * differs, see KNOWN_GAPS.)
 */
const quitter: MethodDef = {
  kind: "fast",
  fn: (_s, args) => {
    if (args.length > 1) raise(TypeError, `Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    raiseObject(newException(E.SystemExit, tupleOf(args.length ? args[0]! : None)));
  },
};

Object.assign(BUILTIN_FUNCTIONS, {
  exit: quitter, quit: quitter,
  globals: globalsFn, locals: localsFn, vars, input, dir,
  sorted,
  abs: absFn, min: minmax("min", CompareOp.LT), max: minmax("max", CompareOp.GT), sum, chr, ord,
  hex: radix("0x", 16), oct: radix("0o", 8), bin: radix("0b", 2), divmod, pow, round,
  getattr, hasattr, setattr, delattr, issubclass, any: anyAll(true), all: anyAll(false), format, ascii,
});

import { internObject } from "../objects/unicodeobject.js";
import { lookupSpecial } from "../objects/intmethods.js";
import { newCallIter } from "../objects/iterobject.js";
import { dictKeysList } from "../objects/dictobject.js";
import { currentGlobals, currentLocals, dirOf } from "../vm/introspection.js";
import { builtinSorted } from "../objects/listmethods.js";
import { MemoryViewType } from "../objects/memoryobject.js";
void newFloat;
void listItems;
void ZeroDivisionError;

import { hooks } from "../vm/interpreter.js";
hooks.makeBuiltins = makeBuiltinsDict;
hooks.outputListeners.push((io) => {
  output.write = io.stdout;
});
