import { describe, expect, it } from "vitest";
import { PyMalloc } from "../../src/memory/allocator.js";
import { listArenas } from "../../src/memory/heapview.js";
import { FIRST_ARENA, allocMany, fillPool, fresh } from "./helpers.js";

const MiB = 1 << 20;
/** 512-byte blocks: 31 per pool, so 63 * 31 fill one arena exactly. */
const BIG = 512;

/** Fill one whole arena with 512-byte blocks; returns its pools' blocks. */
function fillArena(m: PyMalloc): number[][] {
  const pools: number[][] = [];
  for (let i = 0; i < 63; i++) pools.push(fillPool(m, BIG));
  return pools;
}

function freeAll(m: PyMalloc, blocks: number[]): void {
  for (const b of blocks) m.free(b);
}

describe("arenas", () => {
  it("holds 63 pools when mmap's 4 KiB alignment skips the partial first pool", () => {
    const m = fresh();
    m.malloc(8);
    expect(m.arenas.ntotalpools[0]).toBe(63);
    expect(m.arenas.address[0]).toBe(FIRST_ARENA);
    expect(m.stats().arenaAlignmentBytes).toBe(16384);
  });

  it("holds 64 pools when the arena happens to be pool aligned", () => {
    const m = fresh({ firstArenaAddress: 0x7f00_0000_0000 });
    expect(m.malloc(8)).toBe(0x7f00_0000_0000 + 48);
    expect(m.arenas.ntotalpools[0]).toBe(64);
    expect(m.stats().arenaAlignmentBytes).toBe(0);
  });

  it("maps new arenas top-down, 1 MiB below the previous one, only when no arena has a free pool", () => {
    const m = fresh();
    fillArena(m);
    expect(m.stats().arenasCurrent).toBe(1);
    const next = m.malloc(BIG);
    expect(m.stats().arenasCurrent).toBe(2);
    expect(next).toBe(FIRST_ARENA - MiB + 0x3000 + 48);
  });

  it("orders usable_arenas by ascending free pools (most used first) and takes new pools from the head", () => {
    const m = fresh();
    const a = fillArena(m);
    const b = fillArena(m);
    const c = fillArena(m);
    m.malloc(16); // a fourth arena, nearly empty, so none of a, b, c is the last usable arena
    expect(m.arenas.usableOrder()).toEqual([3]);
    // Empty 3 pools of arena a, 1 of b, 2 of c.
    for (const pool of [a[0]!, a[1]!, b[0]!, c[0]!, a[2]!, c[1]!]) freeAll(m, pool);
    expect(m.arenas.usableOrder()).toEqual([1, 2, 0, 3]);
    expect(m.arenas.usableOrder().map((s) => m.arenas.nfreepools[s])).toEqual([1, 2, 3, 62]);
    // The next pool comes from the fullest usable arena, b, reusing its emptied pool.
    expect(m.malloc(300)).toBe(b[0]![0]);
    expect(m.arenas.usableOrder()).toEqual([2, 0, 3]);
  });

  it("releases a wholly free arena unless it is the last usable one (bpo-37257)", () => {
    const m = fresh();
    const a = fillArena(m);
    const b = fillArena(m);
    for (const pool of a) freeAll(m, pool);
    // a became wholly free but it was the only (so the last) usable arena: kept.
    expect(m.stats().arenasCurrent).toBe(2);
    expect(m.arenas.usableOrder()).toEqual([0]);
    freeAll(m, b[0]!);
    expect(m.arenas.usableOrder()).toEqual([1, 0]);
    for (const pool of b.slice(1)) freeAll(m, pool);
    // b became wholly free while a was after it: b is unmapped.
    const s = m.stats();
    expect([s.arenasCurrent, s.arenasReclaimed, s.arenasAllocatedTotal, s.arenasHighwater]).toEqual([1, 1, 2, 2]);
    expect(m.isPymallocAddress(b[0]![0]!)).toBe(false);
    expect(m.allocatedBlocks()).toBe(0);
  });

  it("fills the hole of an unmapped arena first and reuses its descriptor (LIFO)", () => {
    const m = fresh();
    const a = fillArena(m);
    const b = fillArena(m);
    const c = fillArena(m);
    m.malloc(16); // arena 3 keeps the list non-empty
    for (const pool of b) freeAll(m, pool); // b (slot 1, 1 MiB below a) is released
    expect(m.stats().arenasCurrent).toBe(3);
    expect(listArenas(m).map((v) => v.slot)).toEqual([0, 2, 3]);
    // Use up arena 3, then a new arena is needed: it lands in b's old place and slot.
    for (let i = 0; i < 62; i++) fillPool(m, BIG);
    allocMany(m, 16, 1020);
    expect(m.arenas.usableOrder()).toEqual([]);
    const addr = m.malloc(BIG);
    expect(addr).toBe(FIRST_ARENA - MiB + 0x3000 + 48);
    expect(m.arenas.address[1]).toBe(FIRST_ARENA - MiB);
    void a; void c;
  });

  it("doubles the arena descriptor vector beyond 16 arenas", () => {
    const m = fresh();
    for (let i = 0; i < 17; i++) fillArena(m);
    expect(m.arenas.capacity).toBe(32);
    expect(m.stats().arenasCurrent).toBe(17);
    expect(m.allocatedBlocks()).toBe(17 * 63 * 31);
  });

  it("counts radix-tree nodes like arena_map_mark_used", () => {
    const m = fresh();
    m.malloc(1);
    let s = m.stats();
    expect([s.arenaMapMidNodes, s.arenaMapBotNodes]).toEqual([1, 1]);
    expect([s.arenaMapRootBytes, s.arenaMapMidBytes, s.arenaMapBotBytes]).toEqual([262144, 262144, 131072]);
    // An arena straddling a 16 GiB boundary needs the bottom node of both sides.
    const straddling = fresh({ firstArenaAddress: 0x7f04_0000_0000 - 0x1000 });
    straddling.malloc(1);
    s = straddling.stats();
    expect([s.arenaMapMidNodes, s.arenaMapBotNodes]).toEqual([1, 2]);
  });
});
