import { describe, expect, it } from "vitest";
import { heapInvariantViolations } from "../../src/memory/invariants.js";
import { PyMalloc } from "../../src/memory/allocator.js";
import { allocMany, fillPool, fresh } from "./helpers.js";

function busyHeap(debug: boolean): PyMalloc {
  const m = new PyMalloc({ debug });
  const blocks = allocMany(m, 100, 500);
  fillPool(m, 512);
  for (let i = 0; i < blocks.length; i += 3) m.free(blocks[i]!);
  return m;
}

describe("heapInvariantViolations", () => {
  it("finds nothing wrong in heaps built through the API", () => {
    expect(heapInvariantViolations(fresh())).toEqual([]);
    expect(heapInvariantViolations(busyHeap(false))).toEqual([]);
    expect(heapInvariantViolations(busyHeap(true))).toEqual([]);
  });

  it("reports a block pushed twice on a free list (an undetected double free)", () => {
    const m = busyHeap(false);
    const pool = m.pools.usedHead[6]!;
    m.pools.pushFree(pool, m.pools.freeblock[pool]!);
    const problems = heapInvariantViolations(m);
    expect(problems.some((p) => p.includes("twice on the free list") || p.includes("visits"))).toBe(true);
  });

  it("reports a wrong pool count and a wrong free-pool count", () => {
    const m = busyHeap(false);
    m.pools.count[m.pools.usedHead[6]!]! += 1;
    m.arenas.nfreepools[0]! -= 1;
    const problems = heapInvariantViolations(m);
    expect(problems.some((p) => p.includes("carved"))).toBe(true);
    expect(problems.some((p) => p.startsWith("arena 0: nfreepools"))).toBe(true);
  });

  it("reports an unsorted usable_arenas list", () => {
    const m = fresh();
    const a = allocMany(m, 512, 63 * 31);
    allocMany(m, 512, 63 * 31);
    m.malloc(16);
    for (let i = 0; i < 31; i++) m.free(a[i]!); // arena 0 gets one free pool: [0, 2]
    expect(heapInvariantViolations(m)).toEqual([]);
    m.arenas.nfreepools[0] = 63;
    expect(heapInvariantViolations(m)).toContain("usable_arenas is not sorted by nfreepools");
  });
});
