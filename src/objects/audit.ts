// The refcount audit (PYARENA_DEBUG=refs): recompute every live object's reference
// count from the object graph and the interpreter's roots and compare it with the
// stored count (like Lua's lua_checkmemory, CPython's -X showrefcount). It also
// reports references to objects that are no longer alive, and, after teardown, every
// object still allocated (a leak). Immortal objects are not counted.
import { isImmortal, PyObject } from "./object.js";
import { rt } from "./runtime.js";
import { tp, typeName } from "./typeobject.js";
import { objectId } from "./runtime.js";

export interface AuditResult {
  /** "stored N, found M" lines for objects whose count is wrong */
  mismatches: string[];
  /** references from a live object (or root) to an object that was freed */
  dangling: string[];
}

function describe(o: PyObject): string {
  let name: string;
  try {
    name = typeName(o);
  } catch {
    name = "?";
  }
  return `<${name} at 0x${objectId(o).toString(16)}>`;
}

/** Recompute counts; `roots` lists every reference the interpreter itself holds (with repeats). */
export function auditRefcounts(roots: Iterable<PyObject>): AuditResult {
  const registry = rt.registry;
  if (registry === null) throw new Error("the refcount audit needs the object registry (PYARENA_DEBUG=refs)");
  const found = new Map<PyObject, number>();
  const dangling: string[] = [];
  const count = (child: PyObject, from: string) => {
    if (isImmortal(child)) return;
    if (!registry.has(child)) {
      dangling.push(`${from} refers to ${describe(child)}, which is not alive`);
      return;
    }
    found.set(child, (found.get(child) ?? 0) + 1);
  };
  for (const o of registry) {
    const traverse = tp(o).traverse;
    if (traverse !== null) traverse(o, (child) => count(child, describe(o)));
  }
  for (const root of roots) count(root, "the interpreter");
  const mismatches: string[] = [];
  for (const o of registry) {
    if (isImmortal(o)) continue;
    const expected = found.get(o) ?? 0;
    if (o.rc !== expected) mismatches.push(`${describe(o)}: stored refcount ${o.rc}, found ${expected}`);
  }
  return { mismatches, dangling };
}

/** Objects still alive (not immortal) after the interpreter has torn everything down. */
export function leakedObjects(): PyObject[] {
  const registry = rt.registry;
  if (registry === null) return [];
  return [...registry].filter((o) => !isImmortal(o));
}

export function describeLeaks(leaks: PyObject[], limit = 20): string[] {
  const byType = new Map<string, number>();
  for (const o of leaks) byType.set(typeName(o), (byType.get(typeName(o)) ?? 0) + 1);
  const lines = [...byType].map(([name, n]) => `${n} ${name}`);
  return [...lines, ...leaks.slice(0, limit).map(describe)];
}
