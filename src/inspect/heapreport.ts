// `pyarena --heap`: a report of the heap as the program left it (before teardown):
// arenas and pools, blocks per size class, live objects by type with their bytes, and
// the largest objects. Read-only: it looks at the allocator's statistics and at the
// registry of live objects.
import type { PyMalloc } from "../memory/allocator.js";
import { isImmortal, type PyObject } from "../objects/object.js";
import { objectId } from "../objects/runtime.js";
import { tp, typeName } from "../objects/typeobject.js";

export interface TypeRow {
  type: string;
  count: number;
  bytes: number;
}

/** getsizeof-style size of an object (its own block plus owned buffers), or 0 when unknown. */
function sizeOf(o: PyObject): number {
  const sizeof = tp(o).sizeof;
  if (sizeof === null) return 0;
  try {
    return sizeof(o) + tp(o).preHeaderSize;
  } catch {
    return 0;
  }
}

export function objectsByType(objects: Iterable<PyObject>): TypeRow[] {
  const rows = new Map<string, TypeRow>();
  for (const o of objects) {
    const name = typeName(o);
    const row = rows.get(name) ?? { type: name, count: 0, bytes: 0 };
    row.count++;
    row.bytes += sizeOf(o);
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.bytes - a.bytes || b.count - a.count || a.type.localeCompare(b.type));
}

function withCommas(n: number): string {
  return n.toLocaleString("en-US");
}

export function heapReport(heap: PyMalloc, objects: Iterable<PyObject>): string {
  const stats = heap.stats();
  const live = [...objects];
  const lines: string[] = [];
  lines.push("=== pyarena heap report ===");
  lines.push(`arenas: ${stats.arenasCurrent} current, ${stats.arenasHighwater} highwater, ${stats.arenasAllocatedTotal} allocated in total, ${stats.arenasReclaimed} reclaimed`);
  lines.push(`allocated blocks (sys.getallocatedblocks): ${withCommas(heap.allocatedBlocks())}; bytes in allocated blocks: ${withCommas(stats.allocatedBytes)}; raw blocks: ${withCommas(stats.rawAllocatedBlocks)} (${withCommas(stats.rawBytes)} bytes)`);
  lines.push("");
  lines.push("class   size   pools   blocks in use   avail blocks");
  for (const c of stats.classes) {
    if (c.pools === 0) continue;
    lines.push(`${String(c.index).padStart(5)} ${String(c.blockSize).padStart(6)} ${String(c.pools).padStart(7)} ${String(c.blocksInUse).padStart(15)} ${String(c.availBlocks).padStart(14)}`);
  }
  lines.push("");
  lines.push("live objects by type (immortal objects not shown):");
  const mortal = live.filter((o) => !isImmortal(o));
  for (const row of objectsByType(mortal).slice(0, 30)) {
    lines.push(`  ${row.type.padEnd(28)} ${String(row.count).padStart(8)} ${row.count === 1 ? "object " : "objects"} ${withCommas(row.bytes).padStart(12)} bytes`);
  }
  lines.push("");
  lines.push("largest objects:");
  const largest = mortal.map((o) => [o, sizeOf(o)] as const).sort((a, b) => b[1] - a[1]).slice(0, 10);
  for (const [o, size] of largest) {
    lines.push(`  ${typeName(o).padEnd(28)} at 0x${objectId(o).toString(16)} ${withCommas(size).padStart(12)} bytes`);
  }
  return lines.join("\n") + "\n";
}
