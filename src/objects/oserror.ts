// OSError's construction and text (Objects/exceptions.c: OSError_new, oserror_init,
// OSError_str). OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the
// subclass for the errno (errnomap: OSError(2, ...) is a FileNotFoundError), keeps
// errno / strerror / filename / filename2, and drops the filenames from `args`.
import { decref, incref, type PyObject } from "./object.js";
import { None } from "./singletons.js";
import { newTuple } from "./tupleobject.js";
import { isSubtype, typeData } from "./typeobject.js";
import { IntType, BoolType } from "./types.js";
import { newStr } from "./unicodeobject.js";
import * as E from "./exceptions.js";
import { excState, newException, setExcField } from "./exceptions.js";
import { reprText, strText } from "./abstract.js";

/** Linux errno values → OSError subclasses (_PyExc_InitState's errnomap). */
const ERRNO_MAP = new Map<number, PyObject>([
  [11, E.BlockingIOError], [114, E.BlockingIOError], [115, E.BlockingIOError],
  [10, E.ChildProcessError],
  [32, E.BrokenPipeError], [108, E.BrokenPipeError],
  [103, E.ConnectionAbortedError], [111, E.ConnectionRefusedError], [104, E.ConnectionResetError],
  [17, E.FileExistsError], [2, E.FileNotFoundError], [21, E.IsADirectoryError], [20, E.NotADirectoryError],
  [4, E.InterruptedError], [13, E.PermissionError], [1, E.PermissionError],
  [3, E.ProcessLookupError], [110, E.TimeoutError],
]);

function isInt(o: PyObject): boolean {
  return o.type === IntType || o.type === BoolType || isSubtype(o.type, IntType);
}

const data = typeData(E.OSError);
data.new = (type, args) => {
  const nargs = args.length;
  const parsed = nargs >= 2 && nargs <= 5;
  let actual = type;
  if (type === E.OSError && parsed && isInt(args[0]!)) {
    const errno = args[0]!.v as number | bigint | boolean;
    const mapped = typeof errno === "number" ? ERRNO_MAP.get(errno) : typeof errno === "boolean" ? ERRNO_MAP.get(errno ? 1 : 0) : undefined;
    if (mapped !== undefined) actual = mapped;
  }
  const e = newException(actual, newTuple(args.map((a) => incref(a))));
  if (!parsed) return e;
  const filename = nargs >= 3 ? args[2]! : None;
  if (filename !== None) {
    if (actual === E.BlockingIOError && isInt(filename)) {
      setExcField(e, "characters_written", incref(filename));
    } else {
      setExcField(e, "filename", incref(filename));
      if (nargs === 5 && args[4] !== None) setExcField(e, "filename2", incref(args[4]!));
      const state = excState(e);
      decref(state.args);
      state.args = newTuple([incref(args[0]!), incref(args[1]!)]);
    }
  }
  setExcField(e, "errno", incref(args[0]!));
  setExcField(e, "strerror", incref(args[1]!));
  return e;
};

data.str = (e) => {
  const extra = e.w as Record<string, PyObject | null> | null;
  const errno = extra?.["errno"] ?? null;
  const strerror = extra?.["strerror"] ?? null;
  const filename = extra?.["filename"] ?? null;
  const filename2 = extra?.["filename2"] ?? null;
  if (filename !== null && filename !== None) {
    const head = `[Errno ${strText(errno ?? None)}] ${strText(strerror ?? None)}: ${reprText(filename)}`;
    return newStr(filename2 !== null && filename2 !== None ? `${head} -> ${reprText(filename2)}` : head);
  }
  if (errno !== null && errno !== None && strerror !== null && strerror !== None) {
    return newStr(`[Errno ${strText(errno)}] ${strText(strerror)}`);
  }
  return typeData(E.BaseException).str!(e);
};


// OSError_init: OSError_new has already parsed the arguments (args keeps only errno and strerror).
data.init = () => {};
