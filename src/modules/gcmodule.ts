// The gc module (Modules/gcmodule.c): the collector's controls and introspection,
// over src/objects/gc.ts. Texts and behaviour: ../shared/spec/gc.md §5–7.
import { decref, incref, PyObject, PyRaise } from "../objects/object.js";
import { raise, TypeError, ValueError, OverflowError } from "../objects/exceptions.js";
import { None, True, False, pyBool } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { newTuple, tupleItems } from "../objects/tupleobject.js";
import { newList, listAppend } from "../objects/listobject.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import { tp, type MethodDef } from "../objects/typeobject.js";
import { IntType, BoolType, NoneType } from "../objects/types.js";
import { newModule, newModuleDict } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { rt } from "../objects/runtime.js";
import { listItems } from "../objects/listobject.js";
import * as abs from "../objects/abstract.js";
import {
  gcState, collectGeneration, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL,
} from "../objects/gc.js";
import { generations, permanentGeneration, GC_FINALIZED, LIST_PERMANENT } from "../objects/gcheader.js";
import { noteWeakReach } from "../objects/gcstress.js";
import type { GCList } from "../memory/gclist.js";
import { registerModule, moduleNamed } from "../vm/imports.js";
import { dictGetItemStr } from "../objects/dictobject.js";
import { newStr } from "../objects/unicodeobject.js";
import { writeUnraisable } from "../vm/classes.js";
import { stderrSink } from "./sys.js";
import { withCallArgs } from "../objects/callargs.js";

function intArg(o: PyObject, name: string): number {
  if (o.type !== IntType && o.type !== BoolType) raise(TypeError, `'${tp(o).name}' object cannot be interpreted as an integer`);
  void name;
  return Number(o.v as number | bigint);
}

function isTracked(o: PyObject): boolean {
  return tp(o).isGC && o.gcNext !== null;
}

const collect: MethodDef = {
  kind: "fastkw",
  fn: (_s, args) => {
    let gen = 2;
    if (args.length > 1) raise(TypeError, `collect() takes at most 1 argument (${args.length} given)`);
    if (args.length === 1) gen = intArg(args[0]!, "generation");
    if (gen < 0 || gen > 2) raise(ValueError, "invalid generation");
    return newInt(collectGeneration(gen));
  },
};

/** get_objects/get_referrers/get_referents may hand out garbage, as in CPython (gcstress.ts). */
function listOf(items: PyObject[]): PyObject {
  noteWeakReach();
  return newList(items.map((o) => incref(o)));
}

function objectsIn(lists: GCList[]): PyObject[] {
  const out: PyObject[] = [];
  for (const l of lists) for (const n of l) out.push(n as PyObject);
  return out;
}

const getObjects: MethodDef = {
  kind: "fastkw",
  fn: (_s, args) => {
    const g = args.length > 0 && args[0] !== None ? intArg(args[0]!, "generation") : -1;
    if (g >= 3) raise(ValueError, "generation parameter must be less than the number of available generations (3)");
    if (g < -1) raise(ValueError, "generation parameter cannot be negative");
    return listOf(objectsIn(g === -1 ? generations : [generations[g]!]));
  },
};

// get_referrers and get_referents are METH_VARARGS: the call's argument tuple exists
// while they run (gc_referrers_for skips that tuple itself)
const getReferrers: MethodDef = {
  kind: "fast",
  fn: (_s, args) => withCallArgs(args, null, (argsTuple) => referrersOf(args, argsTuple)),
};

function referrersOf(args: PyObject[], argsTuple: PyObject): PyObject {
  const wanted = new Set(args);
  const found: PyObject[] = [];
  for (const o of objectsIn(generations)) {
    if (o === argsTuple) continue;
    const traverse = tp(o).traverse;
    if (traverse === null) continue;
    let hit = false;
    traverse(o, (c) => {
      if (wanted.has(c)) hit = true;
    });
    if (hit) found.push(o);
  }
  return listOf(found);
}

const getReferents: MethodDef = {
  kind: "fast",
  varargs: true,
  fn: (_s, args) => {
    const found: PyObject[] = [];
    for (const o of args) {
      const traverse = tp(o).traverse;
      if (!tp(o).isGC || traverse === null) continue;
      traverse(o, (c) => found.push(c));
    }
    return listOf(found);
  },
};

function moveAll(from: GCList[], to: GCList, label: number): void {
  noteWeakReach(); // frozen garbage is never collected: no stress collection may condemn it
  for (const l of from) {
    for (const n of l) (n as PyObject).gcFlags = ((n as PyObject).gcFlags & ~0x7) | label;
    to.merge(l);
  }
}

const FUNCTIONS: Record<string, MethodDef> = {
  enable: { kind: "noargs", fn: () => ((gcState.enabled = true), incref(None)) },
  disable: { kind: "noargs", fn: () => ((gcState.enabled = false), incref(None)) },
  isenabled: { kind: "noargs", fn: () => pyBool(gcState.enabled) },
  collect,
  get_count: { kind: "noargs", fn: () => newTuple([newInt(rt.gcCount0), newInt(gcState.counts[0]), newInt(gcState.counts[1])]) },
  get_threshold: { kind: "noargs", fn: () => newTuple(gcState.thresholds.map((t) => newInt(t))) },
  set_threshold: {
    kind: "fast",
    fn: (_s, args) => {
      if (args.length < 1) raise(TypeError, `set_threshold() takes at least 1 argument (${args.length} given)`);
      if (args.length > 3) raise(TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
      const values = args.map((a) => intArg(a, "threshold"));
      for (const v of values) {
        if (v > 2147483647) raise(OverflowError, "signed integer is greater than maximum");
        if (v < -2147483648) raise(OverflowError, "signed integer is less than minimum");
      }
      values.forEach((v, i) => (gcState.thresholds[i] = v));
      return incref(None);
    },
  },
  get_stats: {
    kind: "noargs",
    fn: () => {
      const dicts = gcState.stats.map((s) => {
        const d = newDict();
        for (const [k, v] of Object.entries(s)) {
          const n = newInt(v);
          dictSetItem(d, internStr(k), n);
          decref(n);
        }
        return d;
      });
      return newList(dicts);
    },
  },
  get_objects: getObjects,
  get_referrers: getReferrers,
  get_referents: getReferents,
  is_tracked: { kind: "o", fn: (_s, o) => pyBool(isTracked(o)) },
  is_finalized: { kind: "o", fn: (_s, o) => pyBool(tp(o).isGC && (o.gcFlags & GC_FINALIZED) !== 0) },
  freeze: {
    kind: "noargs",
    fn: () => {
      moveAll(generations, permanentGeneration, LIST_PERMANENT);
      rt.gcCount0 = 0;
      gcState.counts[0] = gcState.counts[1] = 0;
      return incref(None);
    },
  },
  unfreeze: {
    kind: "noargs",
    fn: () => {
      moveAll([permanentGeneration], generations[2]!, 3);
      return incref(None);
    },
  },
  get_freeze_count: { kind: "noargs", fn: () => newInt(permanentGeneration.length) },
  set_debug: {
    kind: "o",
    fn: (_s, flags) => {
      gcState.debug = intArg(flags, "flags");
      return incref(None);
    },
  },
  get_debug: { kind: "noargs", fn: () => newInt(gcState.debug) },
};

export function makeGCModule(): PyObject {
  const d = newModuleDict("gc");
  const set = (name: string, value: PyObject) => {
    dictSetItem(d, internStr(name), value);
    decref(value);
  };
  for (const [name, def] of Object.entries(FUNCTIONS)) set(name, newBuiltin(name, def, null, "gc"));
  const garbage = gcState.garbage!;
  const callbacks = gcState.callbacks!;
  dictSetItem(d, internStr("garbage"), garbage);
  dictSetItem(d, internStr("callbacks"), callbacks);
  for (const [name, v] of [["DEBUG_STATS", DEBUG_STATS], ["DEBUG_COLLECTABLE", DEBUG_COLLECTABLE], ["DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE], ["DEBUG_SAVEALL", DEBUG_SAVEALL], ["DEBUG_LEAK", DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL]] as const) {
    set(name, newInt(v));
  }
  // PySys_WriteStderr: through sys.stderr.write when there is a sys.stderr
  gcState.write = (text) => writeToSysStderr(text);
  // DEBUG_SAVEALL: the collector then moves the object on to the old generation
  gcState.saveGarbage = (o) => listAppend(garbage, incref(o));
  gcState.onPhase = (phase, generation, collected, uncollectable) => runCallbacks(callbacks, phase, generation, collected, uncollectable);
  return newModule("gc", d);
}

/** invoke_gc_callback: each callable in gc.callbacks gets (phase, info). */
function runCallbacks(callbacks: PyObject, phase: string, generation: number, collected: number, uncollectable: number): void {
  const items = listItems(callbacks);
  if (items.length === 0) return;
  const info = newDict();
  for (const [k, v] of [["generation", generation], ["collected", collected], ["uncollectable", uncollectable]] as const) {
    const n = newInt(v);
    dictSetItem(info, internStr(k), n);
    decref(n);
  }
  const phaseStr = internStr(phase);
  try {
    for (const cb of [...items]) {
      incref(cb);
      try {
        decref(abs.call(cb, [phaseStr, info]));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        writeUnraisable(e.exc, cb);
        decref(e.exc);
      } finally {
        decref(cb);
      }
    }
  } finally {
    decref(info);
  }
}

function writeToSysStderr(text: string): void {
  const sys = moduleNamed("sys");
  const stream = sys === null || sys.dict === null ? null : dictGetItemStr(sys.dict, "stderr");
  if (stream === null || stream === None) {
    stderrSink.write(text);
    return;
  }
  const write = abs.getAttr(stream, internStr("write"));
  const s = newStr(text);
  try {
    decref(abs.call(write, [s]));
  } finally {
    decref(s);
    decref(write);
  }
}

registerModule("gc", makeGCModule);

