// Attributes of the interpreter's own types that Python code reads: functions,
// code objects, cells, exceptions, `object.__class__` and type introspection
// (CPython's getset and member descriptors in funcobject.c, codeobject.c,
// cellobject.c, exceptions.c, typeobject.c).
import { decref, incref, PyObject, xdecref } from "../objects/object.js";
import { None, True, False } from "../objects/singletons.js";
import * as T from "../objects/types.js";
import { typeData, isSubtype, type GetSetDef, type MethodDef, TPFLAGS_MANAGED_WEAKREF, TPFLAGS_MANAGED_DICT } from "../objects/typeobject.js";
import { funcData } from "../objects/funcobject.js";
import { codeData } from "../objects/codeobject.js";
import { codeUnit } from "./codeloader.js";
import { newTuple, EmptyTuple, tupleItems } from "../objects/tupleobject.js";
import { newStr, internStr } from "../objects/unicodeobject.js";
import { newInt } from "../objects/longobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { newList, listAppend } from "../objects/listobject.js";
import * as E from "../objects/exceptions.js";
import { raise, TypeError, excState, setTraceback } from "../objects/exceptions.js";
import { CO_FAST_LOCAL } from "../compiler/code.js";
import { instanceDictGetter } from "../objects/descrobject.js";
import { moduleNamed } from "./imports.js";
import { coCode } from "../compiler/cocode.js";
import { newBytes } from "../objects/bytesobject.js";

const ro = (get: (o: PyObject) => PyObject): GetSetDef => ({ get });
const orNone = (o: PyObject | null) => incref(o ?? None);

// ---- functions ------------------------------------------------------------------------------

const fn = typeData(T.FunctionType);
Object.assign(fn.getsets, {
  __name__: { get: (f) => incref(funcData(f).name), set: (f, v) => replaceField(f, "name", v, "__name__") },
  __qualname__: { get: (f) => incref(funcData(f).qualname), set: (f, v) => replaceField(f, "qualname", v, "__qualname__") },
  __code__: ro((f) => incref(funcData(f).code)),
  __globals__: ro((f) => incref(funcData(f).globals)),
  __builtins__: ro((f) => incref(funcData(f).builtins)),
  __closure__: ro((f) => orNone(funcData(f).closure)),
  __defaults__: { get: (f) => orNone(funcData(f).defaults), set: (f, v) => setOptional(f, "defaults", v) },
  __kwdefaults__: { get: (f) => orNone(funcData(f).kwdefaults), set: (f, v) => setOptional(f, "kwdefaults", v) },
  __doc__: { get: (f) => incref(funcData(f).doc), set: (f, v) => replaceField(f, "doc", v ?? None, null) },
  __module__: { get: (f) => orNone(funcData(f).module), set: (f, v) => setOptional(f, "module", v) },
  __annotations__: {
    get: (f) => {
      const d = funcData(f);
      if (d.annotations === null) d.annotations = newDict();
      else if (d.annotations.type === T.TupleType) {
        // MAKE_FUNCTION keeps 3.12's flat (name, value, ...) tuple: the dict is made on first use
        const flat = tupleItems(d.annotations);
        const dict = newDict();
        for (let i = 0; i + 1 < flat.length; i += 2) dictSetItem(dict, flat[i]!, flat[i + 1]!);
        const old = d.annotations;
        d.annotations = dict;
        decref(old);
      }
      return incref(d.annotations);
    },
    set: (f, v) => {
      if (v !== null && v !== None && v.type !== T.DictType) raise(TypeError, "__annotations__ must be set to a dict object");
      const d = funcData(f);
      const old = d.annotations;
      d.annotations = v === null || v === None ? null : incref(v);
      xdecref(old);
    },
  },
  __type_params__: {
    get: (f) => incref(funcData(f).typeParams ?? EmptyTuple),
    set: (f, v) => {
      if (v === null || v.type !== T.TupleType) raise(TypeError, "__type_params__ must be set to a tuple");
      const d = funcData(f);
      const old = d.typeParams;
      d.typeParams = incref(v);
      xdecref(old);
    },
  },
  __dict__: instanceDictGetter,
} satisfies Record<string, GetSetDef>);

function replaceField(f: PyObject, field: "name" | "qualname" | "doc", v: PyObject | null, attr: string | null): void {
  if (v === null || (attr !== null && v.type !== T.StrType)) raise(TypeError, `${attr} must be set to a string object`);
  const d = funcData(f);
  const old = d[field];
  d[field] = incref(v);
  decref(old);
}

function setOptional(f: PyObject, field: "defaults" | "kwdefaults" | "module", v: PyObject | null): void {
  const d = funcData(f);
  const old = d[field];
  d[field] = v === null || v === None ? null : incref(v);
  xdecref(old);
}

// ---- code objects ----------------------------------------------------------------------------------

const names = (code: PyObject, kind: number) =>
  newTuple(codeUnit(code).localsplusnames.filter((_, i) => codeUnit(code).localspluskinds[i]! & kind).map((n) => internStr(n)));

const co = typeData(T.CodeType);
Object.assign(co.getsets, {
  co_name: ro((c) => incref(codeData(c).name)),
  co_qualname: ro((c) => incref(codeData(c).qualname)),
  co_filename: ro((c) => incref(codeData(c).filename)),
  co_consts: ro((c) => incref(codeData(c).consts)),
  co_names: ro((c) => incref(codeData(c).names)),
  co_varnames: ro((c) => names(c, CO_FAST_LOCAL)),
  co_cellvars: ro((c) => names(c, 0x40)),
  co_freevars: ro((c) => names(c, 0x80)),
  co_argcount: ro((c) => newInt(codeUnit(c).argcount)),
  co_posonlyargcount: ro((c) => newInt(codeUnit(c).posonlyargcount)),
  co_kwonlyargcount: ro((c) => newInt(codeUnit(c).kwonlyargcount)),
  co_nlocals: ro((c) => newInt(codeUnit(c).nlocals)),
  co_flags: ro((c) => newInt(codeUnit(c).flags)),
  co_firstlineno: ro((c) => newInt(codeUnit(c).firstlineno)),
  co_stacksize: ro((c) => newInt(codeUnit(c).stacksize)),
  co_code: ro((c) => newBytes(coCode(codeUnit(c)))),
} satisfies Record<string, GetSetDef>);

// ---- cells -----------------------------------------------------------------------------------------

typeData(T.CellType).getsets["cell_contents"] = {
  get: (c) => {
    if (c.v === null) raise(E.ValueError, "Cell is empty");
    return incref(c.v as PyObject);
  },
  set: (c, v) => {
    const old = c.v as PyObject | null;
    c.v = v === null ? null : incref(v);
    xdecref(old);
  },
};

// ---- object and type -----------------------------------------------------------------------------------

typeData(T.ObjectType).getsets["__class__"] = ro((o) => incref(o.type));

const ty = typeData(T.TypeType);
// __name__, __qualname__, __module__, __doc__, __dict__ and __mro__ are in classes.ts
Object.assign(ty.getsets, {
  __bases__: ro((t) => {
    const b = typeData(t).bases;
    if (b !== null) return incref(b);
    const base = typeData(t).base;
    return base === null ? EmptyTuple : newTuple([incref(base)]);
  }),
  __base__: ro((t) => orNone(typeData(t).base)),
  __basicsize__: ro((t) => newInt(typeData(t).basicsize)),
  __itemsize__: ro((t) => newInt(typeData(t).itemsize)),
  __flags__: ro((t) => newInt(typeData(t).flags >>> 0)),
} satisfies Record<string, GetSetDef>);

// ---- exceptions ------------------------------------------------------------------------------------------

const exc = typeData(E.BaseException);
Object.assign(exc.getsets, {
  args: {
    get: (e) => incref(excState(e).args),
    set: (e, v) => {
      if (v === null) raise(TypeError, "args may not be deleted");
      const items = v.type === T.TupleType ? tupleItems(v) : null;
      const t = items !== null ? incref(v) : newTuple([incref(v)]);
      const s = excState(e);
      const old = s.args;
      s.args = t;
      decref(old);
    },
  },
  __traceback__: { get: (e) => orNone(excState(e).traceback), set: (e, v) => setTraceback(e, v === None ? null : v) },
  __context__: {
    get: (e) => orNone(excState(e).context),
    set: (e, v) => E.setContext(e, v === null || v === None ? null : incref(v)),
  },
  __cause__: {
    get: (e) => orNone(excState(e).cause),
    set: (e, v) => {
      E.setCause(e, v === null || v === None ? null : incref(v));
    },
  },
  __suppress_context__: {
    get: (e) => (excState(e).suppressContext ? True : False),
    set: (e, v) => {
      excState(e).suppressContext = v === True;
    },
  },
  __dict__: instanceDictGetter,
} satisfies Record<string, GetSetDef>);

const addNote: MethodDef = {
  kind: "o",
  fn: (e, note) => {
    if (note.type !== T.StrType) raise(TypeError, `note must be a str, not '${typeData(note.type).name}'`);
    const s = excState(e);
    if (s.notes === null) s.notes = newList([]);
    listAppend(s.notes, incref(note));
    return None;
  },
};
const withTraceback: MethodDef = {
  kind: "o",
  fn: (e, tb) => {
    setTraceback(e, tb === None ? null : tb);
    return incref(e);
  },
};
exc.methodDefs["add_note"] = addNote;
exc.methodDefs["with_traceback"] = withTraceback;

/** Extra fields of exception subclasses (StopIteration.value, SystemExit.code, NameError.name ...). */
function field(type: PyObject, name: string, fromArgs: boolean): void {
  typeData(type).getsets[name] = {
    get: (e) => {
      const extra = e.w as Record<string, PyObject | null> | null;
      const v = extra?.[name];
      if (v !== undefined && v !== null) return incref(v);
      if (fromArgs) {
        const args = tupleItems(excState(e).args);
        if (args.length === 1) return incref(args[0]!);
        if (args.length > 1 && name === "code") return incref(excState(e).args);
      }
      return incref(None);
    },
    set: (e, v) => E.setExcField(e, name, incref(v ?? None)),
  };
}
field(E.StopIteration, "value", true);
field(E.SystemExit, "code", true);
field(E.NameError, "name", false);
field(E.AttributeError, "name", false);
field(E.AttributeError, "obj", false);
field(E.ImportError, "name", false);
field(E.ImportError, "path", false);
field(E.ImportError, "msg", false);
for (const name of ["errno", "strerror", "filename", "filename2"]) field(E.OSError, name, false);
field(E.BlockingIOError, "characters_written", false);

// ---- descriptors: __name__, __qualname__, __objclass__ (descr_get_qualname) ---------------------------

for (const t of [T.MethodDescrType, T.ClassMethodDescrType, T.GetSetDescrType, T.MemberDescrType, T.WrapperDescrType]) {
  const d = typeData(t);
  const owner = (o: PyObject) => ((o.v as { owner: PyObject }).owner);
  const nameOf = (o: PyObject) => ((o.v as { name?: string; def?: { name: string } }).name ?? (o.v as { def: { name: string } }).def.name);
  d.getsets["__name__"] = ro((o) => newStr(nameOf(o)));
  d.getsets["__qualname__"] = ro((o) => newStr(`${typeData(owner(o)).qualname}.${nameOf(o)}`));
  d.getsets["__objclass__"] = ro((o) => incref(owner(o)));
}

// ---- __weakrefoffset__ and __dictoffset__ (CPython 3.12's values for the built-in types) ---------------

const WEAKREF_OFFSETS: [PyObject, number][] = [
  [T.SetType, 192], [T.FrozenSetType, 192], [T.FunctionType, 96], [T.TypeType, 368], [T.ModuleType, 40],
  [T.CodeType, 144], [T.GeneratorType, 16], [T.BuiltinFunctionType, 40], [T.MethodType, 32],
];
const DICT_OFFSETS: [PyObject, number][] = [[T.FunctionType, 88], [T.TypeType, 264], [T.ModuleType, 16], [E.BaseException, 16]];

function inherited(t: PyObject, table: [PyObject, number][]): number {
  for (let b: PyObject | null = t; b !== null; b = typeData(b).base) {
    const hit = table.find(([k]) => k === b);
    if (hit !== undefined) return hit[1];
  }
  return 0;
}

Object.assign(ty.getsets, {
  __weakrefoffset__: ro((t) => newInt(typeData(t).flags & TPFLAGS_MANAGED_WEAKREF ? -32 : inherited(t, WEAKREF_OFFSETS))),
  __dictoffset__: ro((t) => newInt(typeData(t).flags & TPFLAGS_MANAGED_DICT ? -1 : inherited(t, DICT_OFFSETS))),
} satisfies Record<string, GetSetDef>);

// ---- built-in functions and methods: __name__, __qualname__, __self__, __module__ ---------------

const builtinFn = typeData(T.BuiltinFunctionType);
type BuiltinLike = { name: string; self: PyObject | null; module: string | null; qualname: string };
Object.assign(builtinFn.getsets, {
  __name__: ro((f) => newStr((f.v as BuiltinLike).name)),
  __qualname__: ro((f) => newStr((f.v as BuiltinLike).qualname)),
  __self__: ro((f) => {
    const d = f.v as BuiltinLike;
    if (d.self !== null) return incref(d.self);
    return incref(builtinsModuleRef() ?? None);
  }),
  __module__: ro((f) => {
    const d = f.v as BuiltinLike;
    return d.module !== null ? newStr(d.module) : incref(None);
  }),
  __doc__: ro(() => incref(None)),
} satisfies Record<string, GetSetDef>);

function builtinsModuleRef(): PyObject | null {
  return moduleNamed("builtins");
}
