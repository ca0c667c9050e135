import { describe, expect, it } from "vitest";
import { fresh } from "./helpers.js";

describe("realloc (pymalloc_realloc)", () => {
  it("stays in place while the new size fits the block and shrinks it by less than 25%", () => {
    const m = fresh();
    const a = m.malloc(512);
    expect(m.realloc(a, 500)).toBe(a);
    expect(m.realloc(a, 385)).toBe(a); // 4*385 = 1540 > 3*512 = 1536
    expect(m.realloc(a, 512)).toBe(a);
    const b = m.malloc(20);
    expect(m.realloc(b, 32)).toBe(b);
    expect(m.realloc(b, 25)).toBe(b); // 100 > 96
  });

  it("moves to a smaller class when shrinking by 25% or more", () => {
    const m = fresh();
    const a = m.malloc(512);
    const moved = m.realloc(a, 384); // 4*384 = 1536, not > 1536
    expect(moved).not.toBe(a);
    expect(m.sizeClassOfAddress(moved)).toBe(23);
    expect(m.allocatedBlocks()).toBe(1);
    // The old block went back on its pool's free list.
    expect(m.malloc(512)).toBe(a);
  });

  it("moves when growing past the block, and into the raw allocator past 512 bytes", () => {
    const m = fresh();
    const a = m.malloc(30);
    const b = m.realloc(a, 33);
    expect(b).not.toBe(a);
    expect(m.sizeClassOfAddress(b)).toBe(2);
    const c = m.realloc(b, 600);
    expect(m.isPymallocAddress(c)).toBe(false);
    expect(m.stats().rawAllocatedBlocks).toBe(1);
    expect(m.allocatedBlocks()).toBe(1);
    expect(m.usableSize(c)).toBeGreaterThanOrEqual(600);
  });

  it("keeps a raw block raw even when it shrinks below 512 (no migration into pymalloc)", () => {
    const m = fresh();
    const a = m.malloc(1000);
    const b = m.realloc(a, 10);
    expect(m.isPymallocAddress(b)).toBe(false);
    expect(m.stats().rawAllocatedBlocks).toBe(1);
  });

  it("treats realloc(0, n) as malloc and realloc(p, 0) as moving to a raw malloc(1)", () => {
    const m = fresh();
    const a = m.realloc(0, 24);
    expect(m.isPymallocAddress(a)).toBe(true);
    const b = m.realloc(a, 0);
    expect(b).not.toBe(0);
    expect(m.isPymallocAddress(b)).toBe(false);
    expect(m.stats().rawBytes).toBe(1);
    expect(m.allocatedBlocks()).toBe(1);
  });

  it("routes malloc(0) and requests over 512 bytes to the raw heap, 16-byte aligned, below the arenas", () => {
    const m = fresh();
    const zero = m.malloc(0);
    const big = m.malloc(513);
    for (const addr of [zero, big]) {
      expect(addr % 16).toBe(0);
      expect(m.isPymallocAddress(addr)).toBe(false);
      expect(addr).toBeLessThan(0x7000_0000_0000);
    }
    expect(m.allocatedBlocks()).toBe(2);
    expect(m.stats().rawBytes).toBe(514);
    m.free(zero);
    m.free(big);
    expect(m.allocatedBlocks()).toBe(0);
    expect(m.stats().rawBytes).toBe(0);
  });
});
