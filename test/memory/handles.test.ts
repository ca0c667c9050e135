import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PyMalloc } from "../../src/memory/allocator.js";
import { AllocatorError } from "../../src/memory/errors.js";
import { FIRST_POOL, fresh } from "./helpers.js";

describe("block handles (Smi names of blocks)", () => {
  it("name the same blocks as addresses, positive for pymalloc and negative for raw", () => {
    const m = fresh();
    const h = m.mallocHandle(24);
    expect(h).toBeGreaterThan(0);
    expect(m.addressOf(h)).toBe(FIRST_POOL + 48);
    expect(m.handleOf(FIRST_POOL + 48)).toBe(h);
    const raw = m.mallocHandle(1000);
    expect(raw).toBeLessThan(0);
    expect(m.isPymallocAddress(m.addressOf(raw))).toBe(false);
    expect(m.handleOf(m.addressOf(raw))).toBe(raw);
    for (const handle of [h, raw]) expect(Number.isInteger(handle) && Math.abs(handle) < 2 ** 30).toBe(true);
    expect(m.addressOf(0)).toBe(0);
    expect(m.handleOf(0)).toBe(0);
  });

  it("reuse LIFO and realloc in place exactly like the address API", () => {
    const m = fresh();
    const [a, b] = [m.mallocHandle(40), m.mallocHandle(40)];
    m.freeHandle(a);
    expect(m.mallocHandle(33)).toBe(a);
    expect(m.reallocHandle(b, 48)).toBe(b);
    const moved = m.reallocHandle(b, 20);
    expect(moved).not.toBe(b);
    expect(m.sizeClassOfAddress(m.addressOf(moved))).toBe(1);
    expect(m.allocatedBlocks()).toBe(2);
    m.freeHandle(0);
    expect(m.mallocHandle(0)).toBeLessThan(0); // malloc(0) is raw
  });

  it("fail with 0 under the heap limit", () => {
    const m = fresh({ limit: 0 });
    expect(m.mallocHandle(16)).toBe(0);
  });

  it("are checked in debug mode", () => {
    const m = new PyMalloc({ debug: true });
    const h = m.mallocHandle(24);
    m.mallocHandle(24);
    m.freeHandle(h);
    expect(() => m.freeHandle(h)).toThrow(AllocatorError);
  });

  it("drive the heap exactly as the address API does (property)", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("malloc" as const), size: fc.integer({ min: 0, max: 1200 }) }),
      fc.record({ kind: fc.constant("burst" as const), size: fc.integer({ min: 1, max: 512 }), count: fc.integer({ min: 1, max: 1500 }) }),
      fc.record({ kind: fc.constant("free" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("realloc" as const), pick: fc.nat(), size: fc.integer({ min: 0, max: 1200 }) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 50 }), (ops) => {
      const byAddress = fresh();
      const byHandle = fresh();
      const addresses: number[] = [];
      const handles: number[] = [];
      const allocate = (size: number): void => {
        addresses.push(byAddress.malloc(size));
        handles.push(byHandle.mallocHandle(size));
      };
      for (const o of ops) {
        if (o.kind === "malloc") allocate(o.size);
        if (o.kind === "burst") for (let i = 0; i < o.count; i++) allocate(o.size);
        if ((o.kind === "free" || o.kind === "realloc") && addresses.length > 0) {
          const i = o.pick % addresses.length;
          if (o.kind === "free") {
            byAddress.free(addresses[i]!);
            byHandle.freeHandle(handles[i]!);
            addresses.splice(i, 1);
            handles.splice(i, 1);
          } else {
            addresses[i] = byAddress.realloc(addresses[i]!, o.size);
            handles[i] = byHandle.reallocHandle(handles[i]!, o.size);
          }
        }
      }
      expect(handles.map((h) => byHandle.addressOf(h))).toEqual(addresses);
      expect(byHandle.debugMallocStatsText()).toBe(byAddress.debugMallocStatsText());
      expect(byHandle.allocatedBlocks()).toBe(byAddress.allocatedBlocks());
    }), { numRuns: 40 });
  });
});
