import { describe, expect, it } from "vitest";
import {
  ARENA_SIZE, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, blockSizeOf, blocksPerPool, quantizationPerPool,
  sizeClassOf,
} from "../../src/memory/sizeclass.js";

describe("size classes (spec/allocator.md §3)", () => {
  it("maps the boundaries: 0 and 513 are not pymalloc, 1..16 -> 0, 17 -> 1, 512 -> 31", () => {
    expect(sizeClassOf(0)).toBe(-1);
    expect(sizeClassOf(1)).toBe(0);
    expect(sizeClassOf(16)).toBe(0);
    expect(sizeClassOf(17)).toBe(1);
    expect(sizeClassOf(32)).toBe(1);
    expect(sizeClassOf(33)).toBe(2);
    expect(sizeClassOf(512)).toBe(31);
    expect(sizeClassOf(513)).toBe(-1);
  });

  it("has 32 classes spaced 16 bytes apart", () => {
    expect(NB_SMALL_SIZE_CLASSES).toBe(32);
    for (let idx = 0; idx < 32; idx++) expect(blockSizeOf(idx)).toBe(16 * (idx + 1));
    for (let n = 1; n <= 512; n++) expect(blockSizeOf(sizeClassOf(n))).toBe(Math.ceil(n / 16) * 16);
  });

  it("matches the spec's blocks-per-pool and waste table", () => {
    const table: Array<[number, number, number]> = [
      [0, 1021, 0], [1, 510, 16], [2, 340, 16], [3, 255, 16], [6, 145, 96], [7, 127, 80], [10, 92, 144],
      [13, 72, 208], [15, 63, 208], [18, 53, 224], [24, 40, 336], [26, 37, 352], [30, 32, 464], [31, 31, 464],
    ];
    for (const [idx, blocks, waste] of table) {
      expect(blocksPerPool(idx)).toBe(blocks);
      expect(quantizationPerPool(idx)).toBe(waste);
      expect(POOL_OVERHEAD + blocks * blockSizeOf(idx) + waste).toBe(POOL_SIZE);
    }
  });

  it("uses 16 KiB pools in 1 MiB arenas", () => {
    expect(POOL_SIZE).toBe(16384);
    expect(ARENA_SIZE).toBe(1048576);
    expect(POOL_OVERHEAD).toBe(48);
  });
});
