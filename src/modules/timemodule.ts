// The time module, first form: the clocks (time, perf_counter, monotonic, process_time
// and their _ns forms) and sleep. Calendar functions (localtime, strftime, struct_time)
// are not provided yet.
import { decref, PyObject } from "../objects/object.js";
import { raise, ValueError, TypeError } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { newInt } from "../objects/longobject.js";
import { newFloat } from "../objects/floatobject.js";
import { floatValue } from "../objects/floatmethods.js";
import { newDict, dictSetItem } from "../objects/dictobject.js";
import { internStr } from "../objects/unicodeobject.js";
import type { MethodDef } from "../objects/typeobject.js";
import { IntType, FloatType, BoolType } from "../objects/types.js";
import { newModule, newModuleDict } from "../objects/moduleobject.js";
import { newBuiltin } from "../objects/descrobject.js";
import { registerModule } from "../vm/imports.js";
import { performance } from "node:perf_hooks";

function ns(bigNs: bigint): PyObject {
  return newInt(bigNs <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(bigNs) : bigNs);
}

const wallNs = (): bigint => BigInt(Date.now()) * 1_000_000n + BigInt(Math.floor((performance.now() % 1) * 1e6));
const monoNs = (): bigint => process.hrtime.bigint();
const cpuNs = (): bigint => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};

const FUNCTIONS: Record<string, MethodDef> = {
  time: { kind: "noargs", fn: () => newFloat(Number(wallNs()) / 1e9) },
  time_ns: { kind: "noargs", fn: () => ns(wallNs()) },
  perf_counter: { kind: "noargs", fn: () => newFloat(Number(monoNs()) / 1e9) },
  perf_counter_ns: { kind: "noargs", fn: () => ns(monoNs()) },
  monotonic: { kind: "noargs", fn: () => newFloat(Number(monoNs()) / 1e9) },
  monotonic_ns: { kind: "noargs", fn: () => ns(monoNs()) },
  process_time: { kind: "noargs", fn: () => newFloat(Number(cpuNs()) / 1e9) },
  process_time_ns: { kind: "noargs", fn: () => ns(cpuNs()) },
  sleep: {
    kind: "o",
    fn: (_s, secs) => {
      if (secs.type !== IntType && secs.type !== FloatType && secs.type !== BoolType) {
        raise(TypeError, `'${(secs.type.v as { name: string }).name}' object cannot be interpreted as an integer`);
      }
      const s = floatValue(secs);
      if (Number.isNaN(s)) raise(ValueError, "Invalid value NaN (not a number)");
      if (s < 0) raise(ValueError, "sleep length must be non-negative");
      // a blocking wait, as time.sleep blocks the thread
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, s * 1000);
      return None;
    },
  },
};

function makeTimeModule(): PyObject {
  const d = newModuleDict("time");
  for (const [name, def] of Object.entries(FUNCTIONS)) {
    const f = newBuiltin(name, def, null, "time");
    dictSetItem(d, internStr(name), f);
    decref(f);
  }
  return newModule("time", d);
}

registerModule("time", makeTimeModule);
