// The simulated mmap area where arenas live.
//
// CPython gets each 1 MiB arena from an anonymous mmap (_PyObject_ArenaMmap) and
// gives it back with munmap. Linux places anonymous mappings top-down below
// mmap_base, in the highest gap that fits, with 4 KiB (page) alignment. We model
// that with "positions": position k is the 1 MiB range that ends k MiB below the
// top of the area, and a new mapping takes the lowest free position (= highest
// free address). An unmapped arena leaves a hole that the next mmap fills first.
//
// Because every position is a whole number of MiB below the top, all arenas share
// the same offset modulo POOL_SIZE: if the first one is not 16 KiB aligned (the
// usual case with 4 KiB-aligned mmap), none is, and each holds 63 pools (new_arena).

import { ARENA_SIZE, POOL_SIZE, SYSTEM_PAGE_SIZE } from "./sizeclass.js";

/** Default address of the first arena: page aligned, not pool aligned, in the 0x7f.. range. */
export const DEFAULT_FIRST_ARENA_ADDRESS = 0x7f3c_a6e0_1000;

/** Addresses must stay below 2^47 (user space on x86-64) and exact as doubles. */
const USER_SPACE_END = 2 ** 47;

export class MmapArea {
  /** One past the highest byte any arena can cover. */
  readonly top: number;
  /** Offset of the first whole pool inside every arena (0 when arenas are pool aligned). */
  readonly firstPoolOffset: number;
  /** Pools per arena after alignment: 64, or 63 when the first partial pool is skipped. */
  readonly poolsPerArena: number;
  /** Arena slot mapped at each position, -1 when the position is free. */
  slotAt: Int32Array = new Int32Array(64).fill(-1);
  /** Positions in use, for the lowest-free search. */
  private highestPositionInUse = -1;

  constructor(firstArenaAddress: number = DEFAULT_FIRST_ARENA_ADDRESS) {
    if (!Number.isSafeInteger(firstArenaAddress) || firstArenaAddress % SYSTEM_PAGE_SIZE !== 0
      || firstArenaAddress <= ARENA_SIZE || firstArenaAddress + ARENA_SIZE > USER_SPACE_END) {
      throw new RangeError(`first arena address must be page aligned and below 2**47: ${firstArenaAddress}`);
    }
    this.top = firstArenaAddress + ARENA_SIZE;
    const excess = firstArenaAddress % POOL_SIZE;
    this.firstPoolOffset = excess === 0 ? 0 : POOL_SIZE - excess;
    this.poolsPerArena = excess === 0 ? ARENA_SIZE / POOL_SIZE : ARENA_SIZE / POOL_SIZE - 1;
  }

  /** Base address of the arena at `position`. */
  addressOf(position: number): number {
    return this.top - (position + 1) * ARENA_SIZE;
  }

  /** Position covering `addr`, or -1 when `addr` is outside every possible position. */
  positionOf(addr: number): number {
    const below = this.top - addr;
    if (!(below > 0)) return -1;
    const position = Math.ceil(below / ARENA_SIZE) - 1;
    return position < this.slotAt.length ? position : -1;
  }

  /** Lowest address any mapped arena can have; everything below is the raw heap. */
  get lowestPossibleAddress(): number {
    return this.addressOf(this.slotAt.length - 1);
  }

  /** mmap: place arena `slot` in the highest free 1 MiB gap; returns its position. */
  map(slot: number): number {
    const position = this.firstFreePosition();
    if (position >= this.slotAt.length) this.grow(position + 1);
    this.slotAt[position] = slot;
    if (position > this.highestPositionInUse) this.highestPositionInUse = position;
    return position;
  }

  /** munmap: the position becomes a hole the next map() fills first. */
  unmap(position: number): void {
    this.slotAt[position] = -1;
    while (this.highestPositionInUse >= 0 && this.slotAt[this.highestPositionInUse] === -1) {
      this.highestPositionInUse--;
    }
  }

  private firstFreePosition(): number {
    for (let position = 0; position <= this.highestPositionInUse; position++) {
      if (this.slotAt[position] === -1) return position;
    }
    return this.highestPositionInUse + 1;
  }

  private grow(minLength: number): void {
    let length = this.slotAt.length * 2;
    while (length < minLength) length *= 2;
    const bigger = new Int32Array(length).fill(-1);
    bigger.set(this.slotAt);
    this.slotAt = bigger;
  }
}
