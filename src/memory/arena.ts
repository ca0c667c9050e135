// Arena descriptors and the usable_arenas policy, in typed arrays indexed by
// arena slot (CPython's `allarenas` vector index).
//
// Rules (Objects/obmalloc.c, spec/allocator.md §5):
// * the descriptor vector starts with 16 slots and doubles when no slot is free;
//   free slots form the LIFO list unused_arena_objects;
// * usable_arenas lists the arenas with at least one free or never-carved pool,
//   sorted by ascending nfreepools, so new pools come from the fullest arena;
//   nfp2lasta[n] is the last arena in that list with n free pools (O(1) re-sorting);
// * a pool is carved lazily at the arena's pool_address, or reused from the
//   arena's freepools (LIFO);
// * an arena whose pools are all free again is unmapped, unless it is the last
//   arena of usable_arenas (bpo-37257, to avoid mmap/munmap thrashing).

import { ArenaMapCounts } from "./arenamap.js";
import { MmapArea } from "./mmap.js";
import { NO_POOL, type PoolTable } from "./pool.js";
import { INITIAL_ARENA_OBJECTS, MAX_POOLS_IN_ARENA, POOL_SIZE } from "./sizeclass.js";
import { growFloat64, growInt32 } from "./typedarrays.js";

/** Sentinel for "no arena" in every arena-slot field. */
export const NO_ARENA = -1;

export class ArenaTable {
  /** Base address of the arena, 0 when the slot holds no arena. */
  address = new Float64Array(0);
  /** Position of the arena in the mmap area. */
  position = new Int32Array(0);
  /** Pools carved so far (CPython keeps pool_address = first pool + carved * POOL_SIZE). */
  carved = new Int32Array(0);
  /** Free pools: cached empty pools plus never-carved pools. */
  nfreepools = new Int32Array(0);
  /** Pools the arena holds after alignment (63 or 64). */
  ntotalpools = new Int32Array(0);
  /** Head of the arena's singly linked list of empty pools (chained by PoolTable.nextpool). */
  freepools = new Int32Array(0);
  /** usable_arenas links while usable; nextarena also chains unused_arena_objects. */
  nextarena = new Int32Array(0);
  prevarena = new Int32Array(0);

  unusedHead = NO_ARENA;
  usableHead = NO_ARENA;
  /** nfp2lasta[n]: last arena in usable_arenas with exactly n free pools. */
  readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NO_ARENA);

  /** ntimes_arena_allocated, narenas_currently_allocated, narenas_highwater. */
  totalAllocated = 0;
  currentlyAllocated = 0;
  highwater = 0;

  readonly mmap: MmapArea;
  readonly map = new ArenaMapCounts();

  constructor(firstArenaAddress?: number) {
    this.mmap = new MmapArea(firstArenaAddress);
  }

  /** maxarenas: length of the descriptor vector. */
  get capacity(): number {
    return this.address.length;
  }

  /** Address of the first whole pool of the arena in `slot`. */
  firstPoolAddress(slot: number): number {
    return this.address[slot]! + this.mmap.firstPoolOffset;
  }

  /**
   * new_arena: take a descriptor (doubling the vector when none is free), mmap
   * 1 MiB, mark it in the arena map, and make it the only usable arena.
   * The caller has checked that usable_arenas is empty and the heap limit allows it.
   */
  newArena(pools: PoolTable): number {
    if (this.unusedHead === NO_ARENA) this.growVector(pools);
    const slot = this.unusedHead;
    this.unusedHead = this.nextarena[slot]!;
    const position = this.mmap.map(slot);
    const base = this.mmap.addressOf(position);
    this.map.markArena(base);
    this.address[slot] = base;
    this.position[slot] = position;
    this.carved[slot] = 0;
    this.nfreepools[slot] = this.mmap.poolsPerArena;
    this.ntotalpools[slot] = this.mmap.poolsPerArena;
    this.freepools[slot] = NO_POOL;
    this.totalAllocated++;
    this.currentlyAllocated++;
    if (this.currentlyAllocated > this.highwater) this.highwater = this.currentlyAllocated;
    this.nextarena[slot] = NO_ARENA;
    this.prevarena[slot] = NO_ARENA;
    this.usableHead = slot;
    this.nfp2lasta[this.nfreepools[slot]!] = slot;
    return slot;
  }

  /**
   * The arena half of allocate_from_new_pool: take a pool from the first usable
   * arena (its cached empty pools first, else carve the next one). That arena
   * already has the fewest free pools, so it stays first unless it becomes full.
   */
  takePool(pools: PoolTable): number {
    const slot = this.usableHead;
    const nfree = this.nfreepools[slot]!;
    if (this.nfp2lasta[nfree] === slot) this.nfp2lasta[nfree] = NO_ARENA;
    if (nfree > 1) this.nfp2lasta[nfree - 1] = slot;
    let pool = this.freepools[slot]!;
    if (pool !== NO_POOL) {
      this.freepools[slot] = pools.nextpool[pool]!;
    } else {
      const index = this.carved[slot]!;
      pool = slot * MAX_POOLS_IN_ARENA + index;
      pools.carve(pool, this.firstPoolAddress(slot) + index * POOL_SIZE);
      this.carved[slot] = index + 1;
    }
    this.nfreepools[slot] = nfree - 1;
    if (nfree === 1) this.dropFullHead(slot);
    return pool;
  }

  /** A wholly allocated arena leaves usable_arenas (it is always the head). */
  private dropFullHead(slot: number): void {
    this.usableHead = this.nextarena[slot]!;
    if (this.usableHead !== NO_ARENA) this.prevarena[this.usableHead] = NO_ARENA;
  }

  /**
   * The arena half of insert_to_freepool: `pool` just became empty. Cache it on
   * its arena and restore the usable_arenas order; returns true when the arena
   * was released back to the OS.
   */
  returnPool(pool: number, pools: PoolTable): boolean {
    const slot = Math.floor(pool / MAX_POOLS_IN_ARENA);
    pools.nextpool[pool] = this.freepools[slot]!;
    this.freepools[slot] = pool;
    const oldFree = this.nfreepools[slot]!;
    const lastWithOld = this.nfp2lasta[oldFree]!;
    if (lastWithOld === slot) {
      const prev = this.prevarena[slot]!;
      this.nfp2lasta[oldFree] = prev !== NO_ARENA && this.nfreepools[prev] === oldFree ? prev : NO_ARENA;
    }
    const nfree = oldFree + 1;
    this.nfreepools[slot] = nfree;
    if (nfree === this.ntotalpools[slot] && this.nextarena[slot] !== NO_ARENA) {
      this.release(slot);
      return true;
    }
    if (nfree === 1) {
      this.pushUsableFront(slot);
      return false;
    }
    if (this.nfp2lasta[nfree] === NO_ARENA) this.nfp2lasta[nfree] = slot;
    if (lastWithOld !== slot) this.moveAfter(slot, lastWithOld);
    return false;
  }

  /** Case 2 of insert_to_freepool: a full arena got a free pool; it has the fewest, so it goes first. */
  private pushUsableFront(slot: number): void {
    this.nextarena[slot] = this.usableHead;
    this.prevarena[slot] = NO_ARENA;
    if (this.usableHead !== NO_ARENA) this.prevarena[this.usableHead] = slot;
    this.usableHead = slot;
    if (this.nfp2lasta[1] === NO_ARENA) this.nfp2lasta[1] = slot;
  }

  /** Case 3: slide the arena right, to just after the last arena that had its old count. */
  private moveAfter(slot: number, target: number): void {
    this.unlinkUsable(slot);
    this.prevarena[slot] = target;
    const next = this.nextarena[target]!;
    this.nextarena[slot] = next;
    if (next !== NO_ARENA) this.prevarena[next] = slot;
    this.nextarena[target] = slot;
  }

  private unlinkUsable(slot: number): void {
    const prev = this.prevarena[slot]!;
    const next = this.nextarena[slot]!;
    if (prev === NO_ARENA) this.usableHead = next;
    else this.nextarena[prev] = next;
    if (next !== NO_ARENA) this.prevarena[next] = prev;
  }

  /** Case 1: unlink, munmap, and put the descriptor back on unused_arena_objects. */
  private release(slot: number): void {
    this.unlinkUsable(slot);
    this.nextarena[slot] = this.unusedHead;
    this.unusedHead = slot;
    this.mmap.unmap(this.position[slot]!);
    this.address[slot] = 0;
    this.currentlyAllocated--;
  }

  /** Slots of the arenas in usable_arenas order (head first). */
  usableOrder(): number[] {
    const order: number[] = [];
    for (let slot = this.usableHead; slot !== NO_ARENA; slot = this.nextarena[slot]!) order.push(slot);
    return order;
  }

  /** Double the descriptor vector; new slots go on the unused list in index order. */
  private growVector(pools: PoolTable): void {
    const old = this.capacity;
    const length = old === 0 ? INITIAL_ARENA_OBJECTS : old * 2;
    this.address = growFloat64(this.address, length);
    this.position = growInt32(this.position, length);
    this.carved = growInt32(this.carved, length);
    this.nfreepools = growInt32(this.nfreepools, length);
    this.ntotalpools = growInt32(this.ntotalpools, length);
    this.freepools = growInt32(this.freepools, length);
    this.nextarena = growInt32(this.nextarena, length);
    this.prevarena = growInt32(this.prevarena, length);
    for (let slot = old; slot < length; slot++) {
      this.nextarena[slot] = slot < length - 1 ? slot + 1 : NO_ARENA;
    }
    this.unusedHead = old;
    pools.grow(length);
  }
}
