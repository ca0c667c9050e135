// The _weakref module (Modules/_weakref.c): ref, proxy and the counters; the weakref
// module proper (containers, finalize) is written in Python (pysrc/weakref.ts).
import { decref, incref, PyObject } from "../objects/object.js";
import { raise, TypeError } from "../objects/exceptions.js";
import { newInt } from "../objects/longobject.js";
import { newList } from "../objects/listobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import type { MethodDef } from "../objects/typeobject.js";
import { newModule, newModuleDict } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { RefType, ProxyType, CallableProxyType, newProxy, weakrefCount, weakrefsOf } from "../objects/weakrefobject.js";
import { registerModule, registerSourceModule } from "../vm/imports.js";
import { WEAKREF_SOURCE, WEAKREFSET_SOURCE } from "./pysrc/weakref.js";

const FUNCTIONS: Record<string, MethodDef> = {
  getweakrefcount: { kind: "o", fn: (_s, o) => newInt(weakrefCount(o)) },
  getweakrefs: { kind: "o", fn: (_s, o) => newList(weakrefsOf(o).map((r) => incref(r))) },
  proxy: {
    kind: "fast",
    fn: (_s, args) => {
      if (args.length < 1 || args.length > 2) raise(TypeError, `proxy expected at most 2 arguments, got ${args.length}`);
      return newProxy(args[0]!, args[1] ?? null);
    },
  },
};

function makeWeakrefModule(): PyObject {
  const d = newModuleDict("_weakref");
  for (const [name, def] of Object.entries(FUNCTIONS)) {
    const f = newBuiltin(name, def, null, "_weakref");
    dictSetItem(d, internStr(name), f);
    decref(f);
  }
  dictSetItem(d, internStr("ref"), RefType);
  dictSetItem(d, internStr("ReferenceType"), RefType);
  dictSetItem(d, internStr("ProxyType"), ProxyType);
  dictSetItem(d, internStr("CallableProxyType"), CallableProxyType);
  return newModule("_weakref", d);
}

registerModule("_weakref", makeWeakrefModule);
registerSourceModule("weakref", WEAKREF_SOURCE);
registerSourceModule("_weakrefset", WEAKREFSET_SOURCE);

export { newTuple, tupleItems };
