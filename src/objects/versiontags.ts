// Type version tags as CPython 3.12.1 hands them out (assign_version_tag). The method
// cache's slot depends on them (methodcache.ts), so which names evict which depends on
// them too.
//   - Static built-in types get theirs while the interpreter starts, in
//     _PyTypes_InitTypes order: object 1, type 2, ... (measured with
//     _testcapi.type_get_version on every static type: 188 of them).
//   - Other immutable types (a built-in module's static types) take the next global
//     tag on their first lookup.
//   - Classes take tags from a counter of their own that starts above the global
//     range: importlib's ModuleSpec gets 131073, and start-up leaves the counter at
//     131149 for a program's first class (`python3.12 FILE`, -c and stdin alike).
import { onRuntimeReset } from "./runtime.js";
import type { TypeData } from "./typeobject.js";

const STATIC_BUILTIN_ORDER: readonly string[] = [
  "object", "type", "async_generator", "bytearray_iterator", "bytearray", "bytes_iterator", "bytes",
  "builtin_function_or_method", "callable_iterator", "PyCapsule", "cell", "classmethod_descriptor",
  "classmethod", "code", "complex", "_contextvars.Token", "_contextvars.ContextVar", "_contextvars.Context",
  "coroutine", "dict_items", "dict_itemiterator", "dict_keyiterator", "dict_valueiterator", "dict_keys",
  "mappingproxy", "dict_reverseitemiterator", "dict_reversekeyiterator", "dict_reversevalueiterator",
  "dict_values", "dict", "ellipsis", "enumerate", "filter", "float", "frame", "frozenset", "function",
  "generator", "getset_descriptor", "instancemethod", "list_iterator", "list_reverseiterator", "list",
  "longrange_iterator", "int", "map", "member_descriptor", "memoryview", "method_descriptor", "method",
  "moduledef", "module", "odict_iterator", "pickle.PickleBuffer", "property", "range_iterator", "range",
  "reversed", "symtable entry", "iterator", "set_iterator", "set", "slice", "staticmethod", "stderrprinter",
  "super", "traceback", "tuple_iterator", "tuple", "str_iterator", "str", "wrapper_descriptor", "zip",
  "types.GenericAlias", "anext_awaitable", "async_generator_asend", "async_generator_athrow",
  "async_generator_wrapped_value", "_buffer_wrapper", "Token.MISSING", "coroutine_wrapper",
  "generic_alias_iterator", "items", "keys", "values", "hamt_array_node", "hamt_bitmap_node",
  "hamt_collision_node", "hamt", "sys.legacy_event_handler", "InterpreterID", "line_iterator",
  "managedbuffer", "memory_iterator", "method-wrapper", "types.SimpleNamespace", "NoneType",
  "NotImplementedType", "positions_iterator", "str_ascii_iterator", "types.UnionType",
  "weakref.CallableProxyType", "weakref.ProxyType", "weakref.ReferenceType", "typing.TypeAliasType", "bool",
  "builtin_method", "odict_items", "odict_keys", "odict_values", "collections.OrderedDict", "sys.int_info",
  "EncodingMap", "fieldnameiterator", "formatteriterator", "sys.float_info", "BaseException",
  "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
  "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError",
  "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
  "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
  "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
  "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
  "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
  "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
  "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError",
  "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
  "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
  "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "UnraisableHookArgs", "sys.hash_info",
  "sys.version_info", "sys.flags", "sys.thread_info", "asyncgen_hooks",
];

const STATIC_BUILTIN_TAGS = new Map(STATIC_BUILTIN_ORDER.map((name, i) => [name, i + 1]));
const FIRST_CLASS_TAG = 131073;
export const CLASS_TAG_AT_PROGRAM_START = 131149;

let nextGlobalTag = STATIC_BUILTIN_ORDER.length + 1;
let nextClassTag = FIRST_CLASS_TAG;
onRuntimeReset(() => {
  nextGlobalTag = STATIC_BUILTIN_ORDER.length + 1;
  nextClassTag = FIRST_CLASS_TAG;
});

/** assign_version_tag: the type's tag, given on its first lookup (or after a change). */
export function assignVersionTag(td: TypeData): number {
  if (td.heap !== null) return (td.versionTag = nextClassTag++);
  return (td.versionTag = STATIC_BUILTIN_TAGS.get(td.name) ?? nextGlobalTag++);
}

/** The program's first class gets the tag CPython's start-up leaves next. */
export function startProgramVersionTags(): void {
  nextClassTag = Math.max(nextClassTag, CLASS_TAG_AT_PROGRAM_START);
}
