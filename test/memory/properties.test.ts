// Property tests: random malloc/realloc/free sequences against a simple reference
// model that knows only what each live block is (its size class or "raw") and
// its requested size. The allocator must never hand out overlapping live blocks,
// must keep 16-byte alignment, and every statistic must agree with the model.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PyMalloc } from "../../src/memory/allocator.js";
import { NO_ARENA } from "../../src/memory/arena.js";
import { listArenas, listBlocks, listPools } from "../../src/memory/heapview.js";
import { heapInvariantViolations } from "../../src/memory/invariants.js";
import { NO_POOL } from "../../src/memory/pool.js";
import { blockSizeOf, blocksPerPool, sizeClassOf } from "../../src/memory/sizeclass.js";

interface ModelBlock {
  /** pymalloc size class, -1 for a raw block. */
  cls: number;
  /** Requested bytes (raw blocks: at least 1, as malloc(0) is malloc(1)). */
  size: number;
}

type Op =
  | { kind: "malloc"; size: number }
  | { kind: "burst"; size: number; count: number }
  | { kind: "free"; pick: number }
  | { kind: "freeMany"; pick: number; stride: number }
  | { kind: "realloc"; pick: number; size: number }
  /** realloc to a size at the edge of the in-place rule: 3/4 of the block, 3/4 + 1, the block, the block + 1. */
  | { kind: "reallocEdge"; pick: number; edge: number }
  /** free every live block of one pool (empties pools, drains arenas). */
  | { kind: "freePool"; pick: number };

const sizeArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 512 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 16, 17, 384, 385, 512, 513) },
  { weight: 1, arbitrary: fc.integer({ min: 513, max: 5000 }) },
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: sizeArb.map((size) => ({ kind: "malloc" as const, size })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("burst" as const), size: fc.integer({ min: 1, max: 512 }), count: fc.integer({ min: 1, max: 2500 }) }) },
  { weight: 4, arbitrary: fc.nat().map((pick) => ({ kind: "free" as const, pick })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("freeMany" as const), pick: fc.nat(), stride: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("realloc" as const), pick: fc.nat(), size: sizeArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reallocEdge" as const), pick: fc.nat(), edge: fc.integer({ min: 0, max: 3 }) }) },
);

/** Many arenas of 512-byte blocks, emptied pool by pool: exercises usable_arenas ordering and release. */
const arenaOpArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 80 }).map((pools) => ({ kind: "burst" as const, size: 512, count: pools * 31 })) },
  { weight: 5, arbitrary: fc.nat().map((pick) => ({ kind: "freePool" as const, pick })) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: "free" as const, pick })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 512 }).map((size) => ({ kind: "malloc" as const, size })) },
);

function classOfRequest(size: number): number {
  return sizeClassOf(size);
}

class Harness {
  readonly model = new Map<number, ModelBlock>();
  constructor(readonly m: PyMalloc) {}

  run(op: Op): void {
    switch (op.kind) {
      case "malloc": this.malloc(op.size); break;
      case "burst": for (let i = 0; i < op.count; i++) this.malloc(op.size); break;
      case "free": this.free(op.pick); break;
      case "freeMany": this.freeMany(op.pick, op.stride); break;
      case "realloc": this.realloc(op.pick, op.size); break;
      case "reallocEdge": this.reallocEdge(op.pick, op.edge); break;
      case "freePool": this.freePool(op.pick); break;
    }
  }

  private malloc(size: number): void {
    const addr = this.m.malloc(size);
    expect(addr).not.toBe(0);
    expect(addr % 16).toBe(0);
    expect(this.model.has(addr)).toBe(false);
    this.model.set(addr, { cls: classOfRequest(size), size: Math.max(size, 1) });
  }

  private pick(n: number): number | undefined {
    if (this.model.size === 0) return undefined;
    const keys = [...this.model.keys()];
    return keys[n % keys.length];
  }

  private free(pick: number): void {
    const addr = this.pick(pick);
    if (addr === undefined) return;
    this.m.free(addr);
    this.model.delete(addr);
  }

  private freeMany(pick: number, stride: number): void {
    const keys = [...this.model.keys()];
    for (let i = pick % stride; i < keys.length; i += stride) {
      this.m.free(keys[i]!);
      this.model.delete(keys[i]!);
    }
  }

  private reallocEdge(pick: number, edge: number): void {
    const addr = this.pick(pick);
    if (addr === undefined) return;
    const b = this.model.get(addr)!;
    const block = b.cls >= 0 ? blockSizeOf(b.cls) : b.size;
    const threeQuarters = Math.floor((3 * block) / 4); // a raw block from malloc(0) is 1 byte
    this.realloc(pick, [threeQuarters, threeQuarters + 1, block, block + 1][edge]!);
  }

  private freePool(pick: number): void {
    const addr = this.pick(pick);
    if (addr === undefined || this.model.get(addr)!.cls < 0) return;
    const poolStart = Math.floor(addr / 16384);
    for (const other of [...this.model.keys()]) {
      if (Math.floor(other / 16384) === poolStart && this.model.get(other)!.cls >= 0) {
        this.m.free(other);
        this.model.delete(other);
      }
    }
  }

  private realloc(pick: number, size: number): void {
    const addr = this.pick(pick);
    if (addr === undefined) return;
    const old = this.model.get(addr)!;
    const moved = this.m.realloc(addr, size);
    expect(moved).not.toBe(0);
    expect(moved % 16).toBe(0);
    let cls = -1;
    if (old.cls >= 0) {
      const blockSize = blockSizeOf(old.cls);
      const inPlace = size <= blockSize && 4 * size > 3 * blockSize;
      expect(moved === addr).toBe(inPlace);
      cls = inPlace ? old.cls : classOfRequest(size);
    }
    this.model.delete(addr);
    expect(this.model.has(moved)).toBe(false);
    this.model.set(moved, { cls, size: Math.max(size, 1) });
  }

  check(): void {
    this.checkCounts();
    this.checkNoOverlap();
    this.checkHeapViewMatches();
    this.checkPoolLists();
    this.checkUsableArenas();
    expect(heapInvariantViolations(this.m)).toEqual([]);
  }

  checkArenasOnly(): void {
    this.checkUsableArenas();
    expect(this.m.allocatedBlocks()).toBe(this.model.size);
  }

  private checkCounts(): void {
    const s = this.m.stats();
    const perClass = new Array<number>(32).fill(0);
    let raw = 0, rawBytes = 0;
    for (const b of this.model.values()) {
      if (b.cls >= 0) perClass[b.cls]!++;
      else { raw++; rawBytes += b.size; }
    }
    expect(s.classes.map((c) => c.blocksInUse)).toEqual(perClass);
    expect(s.rawAllocatedBlocks).toBe(raw);
    expect(s.rawBytes).toBe(rawBytes);
    expect(this.m.allocatedBlocks()).toBe(this.model.size);
    expect(s.allocatedBlocks).toBe(this.model.size);
    for (const c of s.classes) expect(c.blocksInUse + c.availBlocks).toBe(c.pools * blocksPerPool(c.index));
    expect(s.allocatedBytes + s.availableBytes + s.unusedPools * 16384 + s.poolHeaderBytes + s.quantizationBytes
      + s.arenaAlignmentBytes).toBe(s.arenasCurrent * 1048576);
    expect(s.arenasAllocatedTotal - s.arenasReclaimed).toBe(s.arenasCurrent);
    expect(s.arenasHighwater).toBeGreaterThanOrEqual(s.arenasCurrent);
  }

  private checkNoOverlap(): void {
    const spans = [...this.model.entries()]
      .map(([addr, b]) => [addr, addr + (b.cls >= 0 ? blockSizeOf(b.cls) : b.size)] as const)
      .sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i - 1]![1]).toBeLessThanOrEqual(spans[i]![0]);
    for (const [addr, b] of this.model) {
      expect(this.m.isPymallocAddress(addr)).toBe(b.cls >= 0);
      if (b.cls >= 0) expect(this.m.sizeClassOfAddress(addr)).toBe(b.cls);
      expect(this.m.usableSize(addr)).toBeGreaterThanOrEqual(b.size);
    }
  }

  /** The live blocks found by walking arenas/pools/free lists are exactly the model's pymalloc blocks. */
  private checkHeapViewMatches(): void {
    const live: number[] = [];
    for (const arena of listArenas(this.m)) {
      for (const pool of listPools(this.m, arena.slot)) {
        for (const block of listBlocks(this.m, pool.pool)) if (block.live) live.push(block.address);
      }
    }
    const expected = [...this.model.entries()].filter(([, b]) => b.cls >= 0).map(([a]) => a);
    expect(live.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  }

  /** usedpools[i] holds exactly the pools of class i with blocks allocated and a free block left. */
  private checkPoolLists(): void {
    const { pools } = this.m;
    const inLists = new Set<number>();
    for (let idx = 0; idx < 32; idx++) {
      let prev = NO_POOL;
      for (let p = pools.usedHead[idx]!; p !== NO_POOL; p = pools.nextpool[p]!) {
        expect(pools.prevpool[p]).toBe(prev);
        expect(pools.szidx[p]).toBe(idx);
        inLists.add(p);
        prev = p;
      }
    }
    for (const arena of listArenas(this.m)) {
      for (const pool of listPools(this.m, arena.slot)) {
        expect(inLists.has(pool.pool)).toBe(pool.state === "used");
        if (pool.state === "full") expect(pool.blocksInUse).toBe(pool.capacity);
        if (pool.state === "used") expect(pool.blocksInUse).toBeLessThan(pool.capacity);
      }
    }
  }

  /** usable_arenas: sorted by ascending free pools, exactly the arenas with a free pool; nfp2lasta right. */
  private checkUsableArenas(): void {
    const { arenas } = this.m;
    const order = arenas.usableOrder();
    const counts = order.map((slot) => arenas.nfreepools[slot]!);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    const withFree = listArenas(this.m).filter((a) => a.freePools > 0).map((a) => a.slot);
    expect([...order].sort((a, b) => a - b)).toEqual(withFree);
    for (let n = 1; n <= 64; n++) {
      const last = order.filter((slot) => arenas.nfreepools[slot] === n).pop() ?? NO_ARENA;
      expect(arenas.nfp2lasta[n]).toBe(last);
    }
    // At most one wholly free arena survives, and only as the last usable arena.
    const wholly = order.filter((slot) => arenas.nfreepools[slot] === arenas.ntotalpools[slot]);
    expect(wholly.length).toBeLessThanOrEqual(1);
    if (wholly.length === 1) expect(order[order.length - 1]).toBe(wholly[0]);
  }
}

describe.each([false, true])("random malloc/realloc/free sequences (debug %s)", (debug) => {
  it("agree with the reference model after every step", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const h = new Harness(new PyMalloc({ debug }));
        for (const op of ops) {
          h.run(op);
          h.check();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keep usable_arenas sorted and release arenas as CPython does, over many arenas", () => {
    fc.assert(
      fc.property(fc.array(arenaOpArb, { minLength: 5, maxLength: 60 }), (ops) => {
        const h = new Harness(new PyMalloc({ debug }));
        for (const op of ops) {
          h.run(op);
          h.checkArenasOnly();
        }
        h.check();
      }),
      { numRuns: 25 },
    );
  });

  it("free everything at the end leaves one arena and no blocks", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const h = new Harness(new PyMalloc({ debug }));
        for (const op of ops) h.run(op);
        for (const addr of [...h.model.keys()]) h.m.free(addr);
        h.model.clear();
        h.check();
        const s = h.m.stats();
        expect(s.arenasCurrent).toBeLessThanOrEqual(1);
        expect(s.rawBytes).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
