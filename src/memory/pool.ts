// Pool headers, per-pool free lists and the usedpools lists, all in typed arrays.
//
// A pool is identified by its global number: arenaSlot * 64 + index of the pool
// inside its arena. Each field of CPython's struct pool_header is one typed array
// indexed by that number. Offsets are bytes from the pool's start, so a block
// offset is never 0 (the header takes the first 48 bytes) and 0 can mean NULL.
//
// Free-list links live where CPython keeps them, "inside" the free block: one
// Uint16 per 16-byte unit of the pool (links[pool << 10 | offset >> 4]) holds the
// offset of the next free block. No JS object is created per block.

import { growFloat64, growInt32, growUint16, growUint8 } from "./typedarrays.js";
import { ALIGNMENT_SHIFT, DUMMY_SIZE_IDX, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, blockSizeOf } from "./sizeclass.js";

/** Sentinel for "no pool" in every pool-number field. */
export const NO_POOL = -1;
/** 16-byte units per pool: the stride of the per-unit arrays. */
export const UNITS_PER_POOL = POOL_SIZE >> ALIGNMENT_SHIFT; // 1024
export const UNITS_SHIFT = 10;

/** Debug block states (blockState array): a block start is live or freed. */
export const BLOCK_UNTOUCHED = 0;
export const BLOCK_LIVE = 1;
export const BLOCK_FREED = 2;

export class PoolTable {
  /** Pool's first byte (the header) as an address. */
  address = new Float64Array(0);
  /** ref.count: allocated blocks in the pool. */
  count = new Int32Array(0);
  /** freeblock: offset of the first free block, 0 when the free list is empty. */
  freeblock = new Int32Array(0);
  /** nextpool/prevpool: usedpools[szidx] links; nextpool also chains an arena's freepools. */
  nextpool = new Int32Array(0);
  prevpool = new Int32Array(0);
  /** szidx: size class, DUMMY_SIZE_IDX until first initialised. */
  szidx = new Int32Array(0);
  /** nextoffset: offset of the first never-used ("virgin") block. */
  nextoffset = new Int32Array(0);
  /** maxnextoffset: largest nextoffset that still leaves room for a block. */
  maxnextoffset = new Int32Array(0);
  /** Free-list link stored in each free block: offset of the next free block or 0. */
  links = new Uint16Array(0);
  /** Debug mode only: BLOCK_* state of each block start, by 16-byte unit. */
  blockState: Uint8Array | null;
  /** usedpools[i]: first pool of the list of partially used pools of class i, or NO_POOL. */
  readonly usedHead = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(NO_POOL);

  constructor(debug: boolean) {
    this.blockState = debug ? new Uint8Array(0) : null;
  }

  get capacity(): number {
    return this.count.length;
  }

  /** Make room for `arenaSlots` arenas (called when the arena vector doubles). */
  grow(arenaSlots: number): void {
    const pools = arenaSlots * MAX_POOLS_IN_ARENA;
    this.address = growFloat64(this.address, pools);
    this.count = growInt32(this.count, pools);
    this.freeblock = growInt32(this.freeblock, pools);
    this.nextpool = growInt32(this.nextpool, pools);
    this.prevpool = growInt32(this.prevpool, pools);
    this.szidx = growInt32(this.szidx, pools);
    this.nextoffset = growInt32(this.nextoffset, pools);
    this.maxnextoffset = growInt32(this.maxnextoffset, pools);
    this.links = growUint16(this.links, pools * UNITS_PER_POOL);
    if (this.blockState !== null) this.blockState = growUint8(this.blockState, pools * UNITS_PER_POOL);
  }

  /** Header of a pool just carved from its arena (new_arena + allocate_from_new_pool). */
  carve(pool: number, address: number): void {
    this.address[pool] = address;
    this.szidx[pool] = DUMMY_SIZE_IDX;
    this.count[pool] = 0;
    this.freeblock[pool] = 0;
  }

  /**
   * Set a pool up for class `idx` unless it last held that class (then its free
   * list and nextoffset are still valid). Either way one block is handed out and
   * its offset returned. CPython: the tail of allocate_from_new_pool.
   */
  takeFirstBlock(pool: number, idx: number): number {
    this.count[pool] = 1;
    if (this.szidx[pool] === idx) return this.popFree(pool, idx);
    const size = blockSizeOf(idx);
    this.szidx[pool] = idx;
    this.nextoffset[pool] = POOL_OVERHEAD + 2 * size;
    this.maxnextoffset[pool] = POOL_SIZE - size;
    // Only the second block goes on the free list; the rest stays virgin.
    const second = POOL_OVERHEAD + size;
    this.freeblock[pool] = second;
    this.links[(pool << UNITS_SHIFT) | (second >> ALIGNMENT_SHIFT)] = 0;
    if (this.blockState !== null) this.blockState.fill(BLOCK_UNTOUCHED, pool << UNITS_SHIFT, (pool + 1) << UNITS_SHIFT);
    return POOL_OVERHEAD;
  }

  /** Pop the head of a pool's free list; refill it from the virgin area or report full. */
  popFree(pool: number, idx: number): number {
    const offset = this.freeblock[pool]!;
    const next = this.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)]!;
    this.freeblock[pool] = next;
    if (next === 0) this.extend(pool, idx);
    return offset;
  }

  /**
   * pymalloc_pool_extend: the free list ran dry; carve the next virgin block into
   * it, or, if the pool has none left, the pool is full and leaves usedpools.
   */
  extend(pool: number, idx: number): void {
    const nextoffset = this.nextoffset[pool]!;
    if (nextoffset <= this.maxnextoffset[pool]!) {
      this.freeblock[pool] = nextoffset;
      this.nextoffset[pool] = nextoffset + blockSizeOf(idx);
      this.links[(pool << UNITS_SHIFT) | (nextoffset >> ALIGNMENT_SHIFT)] = 0;
      return;
    }
    this.unlinkUsed(pool, idx);
  }

  /** Push a freed block on the front of its pool's list (LIFO); returns the previous head. */
  pushFree(pool: number, offset: number): number {
    const head = this.freeblock[pool]!;
    this.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)] = head;
    this.freeblock[pool] = offset;
    return head;
  }

  /** Link a pool at the front of usedpools[idx] (new pools, and full pools that got a free block). */
  linkUsedFront(pool: number, idx: number): void {
    const first = this.usedHead[idx]!;
    this.nextpool[pool] = first;
    this.prevpool[pool] = NO_POOL;
    if (first !== NO_POOL) this.prevpool[first] = pool;
    this.usedHead[idx] = pool;
  }

  /** Remove a pool from usedpools[idx] (it became full or empty). */
  unlinkUsed(pool: number, idx: number): void {
    const next = this.nextpool[pool]!;
    const prev = this.prevpool[pool]!;
    if (prev === NO_POOL) this.usedHead[idx] = next;
    else this.nextpool[prev] = next;
    if (next !== NO_POOL) this.prevpool[next] = prev;
  }

  /**
   * Offsets of the blocks on a pool's free list, head first (for inspection and
   * tests). Stops after 1024 entries, so a corrupted (cyclic) list still ends.
   */
  freeList(pool: number): number[] {
    const offsets: number[] = [];
    for (let offset = this.freeblock[pool]!; offset !== 0 && offsets.length <= UNITS_PER_POOL;) {
      offsets.push(offset);
      offset = this.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)]!;
    }
    return offsets;
  }
}
