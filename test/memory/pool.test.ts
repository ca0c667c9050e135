import { describe, expect, it } from "vitest";
import { NO_POOL } from "../../src/memory/pool.js";
import { listPools } from "../../src/memory/heapview.js";
import { FIRST_ARENA, FIRST_POOL, allocMany, fillPool, fresh } from "./helpers.js";

describe("pools and blocks", () => {
  it("hands out the first block of a fresh arena's first pool just after the 48-byte header", () => {
    const m = fresh();
    const a = m.malloc(24);
    expect(a).toBe(FIRST_POOL + 48);
    expect(FIRST_POOL % 16384).toBe(0);
    expect(FIRST_POOL - FIRST_ARENA).toBe(0x3000);
    // Consecutive blocks of one class ascend by the block size (float delta 32 in CPython).
    expect(m.malloc(24)).toBe(a + 32);
    expect(m.malloc(17)).toBe(a + 64);
  });

  it("gives each size class its own pool, carved in address order", () => {
    const m = fresh();
    expect(m.malloc(16)).toBe(FIRST_POOL + 48);
    expect(m.malloc(56)).toBe(FIRST_POOL + 16384 + 48);
    expect(m.malloc(512)).toBe(FIRST_POOL + 2 * 16384 + 48);
    expect(m.malloc(1)).toBe(FIRST_POOL + 48 + 16);
  });

  it("reuses freed blocks last-in first-out", () => {
    const m = fresh();
    const [a, b, c] = allocMany(m, 40, 3) as [number, number, number];
    m.free(a);
    m.free(c);
    expect(m.malloc(48)).toBe(c);
    expect(m.malloc(33)).toBe(a);
    expect(m.malloc(40)).toBe(c + 48);
    void b;
  });

  it("keeps every address 16-byte aligned", () => {
    const m = fresh();
    for (let n = 1; n <= 512; n += 7) expect(m.malloc(n) % 16).toBe(0);
  });

  it("unlinks a full pool from usedpools and relinks it at the front when a block is freed", () => {
    const m = fresh();
    const idx = 31;
    const first = fillPool(m, 512);
    expect(first).toHaveLength(31);
    expect(m.pools.usedHead[idx]).toBe(NO_POOL);
    const second = m.malloc(512);
    expect(second).toBe(FIRST_POOL + 16384 + 48);
    const secondPool = m.pools.usedHead[idx];
    // Free a block of the full first pool: that pool goes back in front of the second.
    m.free(first[10]!);
    expect(m.pools.usedHead[idx]).not.toBe(secondPool);
    expect(m.pools.nextpool[m.pools.usedHead[idx]!]).toBe(secondPool);
    expect(m.malloc(500)).toBe(first[10]);
    // Full again: the second pool is the head once more.
    expect(m.pools.usedHead[idx]).toBe(secondPool);
  });

  it("returns an emptied pool to its arena's freepools and reuses it for any class", () => {
    const m = fresh();
    const blocks = allocMany(m, 100, 5);
    const keep = m.malloc(16);
    expect(m.arenas.nfreepools[0]).toBe(61);
    for (const b of blocks) m.free(b);
    expect(m.arenas.nfreepools[0]).toBe(62);
    expect(m.arenas.freepools[0]).toBe(0);
    expect(listPools(m, 0).map((p) => p.state)).toEqual(["empty", "used"]);
    // A new class takes the cached pool (not a fresh carve) and re-initialises it.
    expect(m.malloc(200)).toBe(FIRST_POOL + 48);
    expect(m.pools.szidx[0]).toBe(12);
    void keep;
  });

  it("keeps a cached pool's free list when it comes back to the same class", () => {
    const m = fresh();
    const blocks = allocMany(m, 64, 4);
    m.malloc(16); // keep the arena busy with another pool
    for (const b of blocks) m.free(b);
    // The last freed block is the head of the retained free list.
    expect(m.malloc(64)).toBe(blocks[3]);
    expect(m.malloc(64)).toBe(blocks[2]);
  });
});
