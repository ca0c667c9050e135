import { describe, expect, it } from "vitest";
import { DOMAIN_OBJ, DOMAIN_RAW, type AllocationObserver, type AllocDomain } from "../../src/memory/hooks.js";
import { listArenas, listBlocks, listPools, listRawBlocks } from "../../src/memory/heapview.js";
import { FIRST_ARENA, FIRST_POOL, fresh } from "./helpers.js";

class Recorder implements AllocationObserver {
  events: string[] = [];
  onAlloc(domain: AllocDomain, address: number, size: number): void {
    this.events.push(`alloc ${domain} ${address} ${size}`);
  }
  onRealloc(domain: AllocDomain, oldAddress: number, newAddress: number, newSize: number): void {
    this.events.push(`realloc ${domain} ${oldAddress} ${newAddress} ${newSize}`);
  }
  onFree(domain: AllocDomain, address: number): void {
    this.events.push(`free ${domain} ${address}`);
  }
}

describe("allocation observer (for tracemalloc)", () => {
  it("sees requested sizes, realloc as one event, and nothing once removed", () => {
    const m = fresh();
    const rec = new Recorder();
    m.setObserver(rec);
    const a = m.malloc(24); // new pool: slow path
    const b = m.malloc(24); // fast path
    const c = m.realloc(b, 100); // moves: internal malloc + free are not reported
    m.free(a);
    m.free(0);
    const r = m.rawMalloc(50);
    m.rawFree(r);
    m.setObserver(null);
    m.free(c);
    expect(rec.events).toEqual([
      `alloc ${DOMAIN_OBJ} ${a} 24`,
      `alloc ${DOMAIN_OBJ} ${b} 24`,
      `realloc ${DOMAIN_OBJ} ${b} ${c} 100`,
      `free ${DOMAIN_OBJ} ${a}`,
      `alloc ${DOMAIN_RAW} ${r} 50`,
      `free ${DOMAIN_RAW} ${r}`,
    ]);
  });

  it("reports nothing for a failed allocation", () => {
    const m = fresh({ limit: 0 });
    const rec = new Recorder();
    m.setObserver(rec);
    expect(m.malloc(10)).toBe(0);
    expect(rec.events).toEqual([]);
  });

  it("raw-domain blocks are not counted by getallocatedblocks", () => {
    const m = fresh();
    m.rawMalloc(10);
    m.malloc(10);
    expect(m.allocatedBlocks()).toBe(1);
  });
});

describe("heap views", () => {
  it("lists arenas, pools and blocks read-only", () => {
    const m = fresh();
    const a = m.malloc(16);
    const b = m.malloc(16);
    m.malloc(16);
    m.malloc(100);
    m.free(b);
    const big = m.malloc(1000);
    expect(listArenas(m)).toEqual([
      { slot: 0, address: FIRST_ARENA, totalPools: 63, freePools: 61, carvedPools: 2, usableRank: 0 },
    ]);
    const pools = listPools(m, 0);
    expect(pools.map((p) => [p.address, p.sizeClass, p.blocksInUse, p.capacity, p.state])).toEqual([
      [FIRST_POOL, 0, 2, 1021, "used"],
      [FIRST_POOL + 16384, 6, 1, 145, "used"],
    ]);
    // Blocks carved so far: the three 16-byte ones and the next one on the free list.
    expect(listBlocks(m, pools[0]!.pool)).toEqual([
      { address: a, live: true },
      { address: b, live: false },
      { address: a + 32, live: true },
      { address: a + 48, live: false },
    ]);
    expect(listRawBlocks(m)).toEqual([[big, 1000]]);
  });
});
