// What the first `import gc` does to the collector in CPython 3.12.
//
// CPython does not load gc at start-up: `import gc` runs importlib's Python code
// (_find_and_load, BuiltinImporter.find_spec, module_from_spec, ...), which allocates
// GC objects (module spec, module, its dict, 18 builtin functions, garbage, callbacks,
// importlib's temporaries) and passes eval-breaker checks. Start-up and compilation leave
// generation 0 near its threshold, so for most programs a generation-0 collection runs
// inside that import: the count a program reads right after `import gc` is then 0, 13..20
// rather than ~690.
//
// pyarena builds the module natively, so it replays the measured effect on the count:
// the net number of GC objects the import leaves (20) and, for each eval-breaker check
// that matters, the highest count reached since the import began and the count at the
// check. Measured with CPython 3.12.1 by allocating K extra GC objects before the
// import (docs/internals/collector.md, "The count a program starts with").
import { rt, onRuntimeReset } from "../objects/runtime.js";
import { cancelCollection, collectionPending, gcState, requestCollection, runScheduledCollection } from "../objects/gc.js";

interface ImportCost {
  /** GC objects the import leaves allocated */
  readonly net: number;
  /** eval-breaker checks in order: [highest count since the import began, count at the check] */
  readonly checks: readonly (readonly [number, number])[];
}

const COSTS = new Map<string, ImportCost>([
  ["gc", { net: 20, checks: [[1, 1], [3, 3], [4, 4], [5, 5], [6, 6], [14, 7], [28, 20]] }],
]);

/** modules whose first import has been replayed in this run (a re-import costs differently) */
let replayed = new Set<string>();
onRuntimeReset(() => {
  replayed = new Set();
});

/** Run `load` (the native import of `name`), then give the count CPython's import leaves. */
export function importWithCost(name: string, load: () => void): void {
  const cost = COSTS.get(name);
  if (cost === undefined || replayed.has(name)) return load();
  replayed.add(name);
  const start = rt.gcCount0;
  const pending = collectionPending();
  load();
  // the native module's own allocations do not decide anything: CPython's profile does
  cancelCollection();
  // a collection already due runs at the first check, before anything is allocated
  const countAtCollection = pending ? 0 : collectionPoint(cost, start);
  if (countAtCollection === null) {
    rt.gcCount0 = start + cost.net;
    return;
  }
  // The count passed the threshold at that check (gc_collect_generations looks at it
  // again); what the import leaves afterwards is the measured remainder.
  rt.gcCount0 = Math.max(start + countAtCollection, gcState.thresholds[0]! + 1);
  requestCollection();
  runScheduledCollection();
  rt.gcCount0 += cost.net - countAtCollection;
}

/** The count at the first check that collects, or null when none does. */
function collectionPoint(cost: ImportCost, start: number): number | null {
  if (!gcState.enabled || gcState.thresholds[0] === 0) return null;
  for (const [peak, count] of cost.checks) {
    if (start + peak > gcState.thresholds[0]!) return count;
  }
  return null;
}
