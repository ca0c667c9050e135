// Accounting for CPython's arena radix tree (WITH_PYMALLOC_RADIX_TREE).
//
// On 64-bit Linux, 3.12 uses IGNORE_BITS = 0, so the 44 address bits above the
// 20 arena bits are split 15 (top) / 15 (mid) / 14 (bottom) (pycore_obmalloc.h).
// The root (2^15 pointers) is static; a mid node (2^15 pointers) is calloc'ed the
// first time an address with a new top index is marked, and a bottom node
// (2^14 arena_coverage_t of two int32) the first time a new top+mid prefix is
// marked. Nodes are never freed. arena_map_mark_used marks the arena's base and,
// when the base is not 1 MiB aligned, also base + ARENA_SIZE (the arena then
// straddles two "ideal" arena slots, possibly in another bottom node).
//
// pyarena finds arenas through MmapArea instead (O(1) typed-array lookups); this
// class only reproduces the node counts and byte figures _debugmallocstats prints.

import { ARENA_SIZE } from "./sizeclass.js";

export const MAP_TOP_BITS = 15;
export const MAP_MID_BITS = 15;
export const MAP_BOT_BITS = 14;
const MAP_MID_SHIFT = 20 + MAP_BOT_BITS; // 34
const MAP_TOP_SHIFT = MAP_MID_SHIFT + MAP_MID_BITS; // 49

const POINTER_BYTES = 8;
const ARENA_COVERAGE_BYTES = 8; // two int32_t: tail_hi, tail_lo

/** sizeof(arena_map_root): 2^15 pointers. */
export const ARENA_MAP_ROOT_BYTES = (1 << MAP_TOP_BITS) * POINTER_BYTES; // 262,144
/** sizeof(arena_map_mid_t): 2^15 pointers. */
export const ARENA_MAP_MID_BYTES = (1 << MAP_MID_BITS) * POINTER_BYTES; // 262,144
/** sizeof(arena_map_bot_t): 2^14 arena_coverage_t. */
export const ARENA_MAP_BOT_BYTES = (1 << MAP_BOT_BITS) * ARENA_COVERAGE_BYTES; // 131,072

export class ArenaMapCounts {
  private readonly midKeys = new Set<number>();
  private readonly botKeys = new Set<number>();

  get midNodes(): number {
    return this.midKeys.size;
  }

  get botNodes(): number {
    return this.botKeys.size;
  }

  /** What arena_map_mark_used(base, 1) allocates: nodes for base and, if unaligned, base + 1 MiB. */
  markArena(base: number): void {
    this.touch(base);
    if (base % ARENA_SIZE !== 0) this.touch(base + ARENA_SIZE);
  }

  private touch(addr: number): void {
    // Division by powers of two is exact on doubles; JS shifts are only 32-bit.
    this.midKeys.add(Math.floor(addr / 2 ** MAP_TOP_SHIFT));
    this.botKeys.add(Math.floor(addr / 2 ** MAP_MID_SHIFT));
  }
}
