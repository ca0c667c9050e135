import { describe, expect, it } from "vitest";
import { allocMany, fresh } from "./helpers.js";

const MiB = 1 << 20;

describe("heap limit", () => {
  it("fails with 0 once a new arena would pass the limit, and stays consistent", () => {
    const m = fresh({ limit: MiB });
    const blocks = allocMany(m, 512, 63 * 31); // exactly one arena
    expect(m.malloc(512)).toBe(0);
    expect(m.malloc(16)).toBe(0);
    expect(m.malloc(600)).toBe(0);
    const s = m.stats();
    expect(s.arenasCurrent).toBe(1);
    expect(m.allocatedBlocks()).toBe(63 * 31);
    // Freeing makes room again, in the same arena.
    m.free(blocks[5]!);
    expect(m.malloc(512)).toBe(blocks[5]);
  });

  it("falls back to the raw allocator when no arena can be had but the bytes fit (as _PyObject_Malloc does)", () => {
    const m = fresh({ limit: MiB + 100 });
    allocMany(m, 512, 63 * 31);
    const small = m.malloc(64);
    expect(small).not.toBe(0);
    expect(m.isPymallocAddress(small)).toBe(false);
    expect(m.stats().rawAllocatedBlocks).toBe(1);
    expect(m.malloc(64)).toBe(0);
  });

  it("leaves the old block untouched when realloc fails", () => {
    const m = fresh({ limit: 4096 });
    const a = m.malloc(1000);
    expect(m.realloc(a, 5000)).toBe(0);
    expect(m.usableSize(a)).toBeGreaterThanOrEqual(1000);
    expect(m.stats().rawBytes).toBe(1000);
    expect(m.realloc(a, 3000)).not.toBe(0);
  });

  it("can be changed and removed at run time; existing blocks are never taken back", () => {
    const m = fresh();
    m.malloc(16);
    m.setLimit(0);
    expect(m.limit).toBe(0);
    expect(m.malloc(16)).not.toBe(0); // served from the existing pool
    expect(m.malloc(5000)).toBe(0);
    m.setLimit(null);
    expect(m.malloc(5000)).not.toBe(0);
    expect(() => m.setLimit(-1)).toThrow(RangeError);
    expect(m.footprint()).toBe(MiB + 5000);
  });
});
