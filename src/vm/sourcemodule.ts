// Running Python source as a module: compiling a tree into a code object on the
// heap (constants boxed once per compilation, as the AST arena holds them), running
// it in a namespace, and the source lines tracebacks quote. Used for __main__, for
// `.py` files imported from the script's directory, and for the library modules
// pyarena writes in Python (src/modules/pysrc).
import type * as A from "../parser/ast.js";
import { parse } from "../parser/parser.js";
import { PySyntaxError } from "../lexer/syntaxerror.js";
import { compileModule } from "../compiler/compile.js";
import { decref, incref, PyObject, PyRaise } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { newFunction, funcData } from "../objects/funcobject.js";
import { codeData } from "../objects/codeobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr, newStr } from "../objects/unicodeobject.js";
import { newModule } from "../objects/moduleobject.js";
import { excWithMessage, SyntaxError as SyntaxErrorType } from "../objects/exceptions.js";
import { onRuntimeReset } from "../objects/runtime.js";
import { ConstBoxer, codeUnit, loadCode } from "./codeloader.js";
import { AstArena } from "./astarena.js";
import { Frame } from "./frame.js";
import { evalFrame } from "./eval.js";

/** Source lines of every file compiled in this run, for tracebacks. */
let sourceFiles = new Map<string, string[]>();
onRuntimeReset(() => {
  sourceFiles = new Map();
});

export function rememberSource(filename: string, source: string): void {
  // CPython shows no source lines for <stdin> and <string>
  if (!filename.startsWith("<")) sourceFiles.set(filename, source.split(/\r\n|\r|\n/));
}

export function sourceLine(filename: string, lineno: number): string | null {
  return sourceFiles.get(filename)?.[lineno - 1] ?? null;
}

/** A compiled module: its code object (owned) and the AST arena to release after the run. */
export interface Compiled {
  code: PyObject;
  arena: AstArena;
}

export function compileTree(tree: A.Module, source: string, filename: string, mode: "exec" | "single"): Compiled {
  rememberSource(filename, source);
  const boxer = new ConstBoxer();
  const arena = new AstArena((c) => boxer.boxFresh(c));
  try {
    const unit = compileModule(tree, filename, source, mode, {
      beforeFold: (m) => arena.collect(m, true),
      afterFold: (m) => {
        arena.collect(m);
        arena.indexFirstOccurrences(m);
      },
    });
    boxer.preferred = arena.firstByKey;
    return { code: loadCode(unit, boxer), arena };
  } catch (e) {
    arena.release();
    throw e;
  } finally {
    boxer.release();
  }
}

/** The frame that runs module-level `code` with `globals` as its namespace (the code reference is borrowed). */
export function moduleFrame(code: PyObject, globals: PyObject, builtins: PyObject): Frame {
  const func = newFunction(code, globals, builtins, None, null);
  const fd = funcData(func);
  const cd = codeData(fd.code);
  return new Frame(func, fd.code, codeUnit(fd.code), cd.constItems, cd.nameItems, globals, builtins, incref(globals));
}

/** A SyntaxError from the parser or compiler as a Python exception (raised by import). */
function syntaxErrorObject(e: PySyntaxError): PyObject {
  return excWithMessage(SyntaxErrorType, e.msg);
}

/**
 * Create module `name` from `source` and run it (importlib's _load for a source file,
 * simplified): the module is registered by `register` before its code runs, so that
 * circular imports see it; on failure `unregister` removes it again.
 */
export function execSourceModule(
  name: string, source: string, filename: string, builtins: PyObject,
  register: (m: PyObject) => void, unregister: () => void,
): PyObject {
  let tree: A.Module;
  try {
    tree = parse(source, filename, "exec") as A.Module;
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyRaise(syntaxErrorObject(e));
    throw e;
  }
  let compiled: Compiled;
  try {
    compiled = compileTree(tree, source, filename, "exec");
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyRaise(syntaxErrorObject(e));
    throw e;
  }
  const d = newDict();
  const set = (key: string, value: PyObject) => dictSetItem(d, internStr(key), value);
  const nameObj = newStr(name);
  set("__name__", nameObj);
  decref(nameObj);
  set("__doc__", None);
  set("__package__", internStr(""));
  set("__loader__", None);
  set("__spec__", None);
  const file = newStr(filename);
  set("__file__", file);
  decref(file);
  set("__cached__", None);
  set("__builtins__", builtins);
  const m = newModule(name, d);
  register(m);
  try {
    decref(evalFrame(moduleFrame(compiled.code, d, builtins)));
  } catch (e) {
    unregister();
    decref(m);
    throw e;
  } finally {
    decref(compiled.code);
    compiled.arena.release();
  }
  return m;
}
