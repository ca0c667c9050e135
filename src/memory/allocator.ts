// The pymalloc facade: PyObject_Malloc/Realloc/Free over simulated arenas, and
// PyMem_RawMalloc/Realloc/Free over a simulated C heap. It is the only source of
// addresses in pyarena.
//
// Routing follows _PyObject_Malloc (spec/allocator.md §3): requests of 1..512
// bytes go to pymalloc; 0 and larger requests, and any request pymalloc cannot
// serve (no arena to be had under the heap limit), go to the raw allocator and
// are counted in raw_allocated_blocks.
//
// Hot path: malloc and free of small blocks touch only typed arrays (PoolTable,
// ArenaTable, MmapArea.slotAt) and create no JS object.

import { debugOptions } from "../debug.js";
import { ArenaTable, NO_ARENA } from "./arena.js";
import { AllocatorError, type AllocatorErrorKind } from "./errors.js";
import { DOMAIN_OBJ, DOMAIN_RAW, type AllocationObserver } from "./hooks.js";
import { BLOCK_FREED, BLOCK_LIVE, NO_POOL, PoolTable, UNITS_PER_POOL, UNITS_SHIFT } from "./pool.js";
import { RawAllocator } from "./rawalloc.js";
import {
  ALIGNMENT_SHIFT, ARENA_SIZE, MAX_POOLS_IN_ARENA, POOL_BITS, POOL_OVERHEAD, POOL_SIZE_MASK,
  SMALL_REQUEST_THRESHOLD, blockSizeOf,
} from "./sizeclass.js";
import { collectMallocStats, renderDebugMallocStats, type MallocStats } from "./stats.js";

export interface PyMallocOptions {
  /** Debug checks (double free, unknown address, use after free); default: PYARENA_DEBUG=malloc. */
  debug?: boolean;
  /** Heap limit in bytes on arenas + raw blocks; default: none. */
  limit?: number;
  /** Address of the first arena (page aligned); default in the 0x7f.. range, 63 pools per arena. */
  firstArenaAddress?: number;
  /** Start of the simulated C heap; default in the 0x55.. range. */
  rawHeapBase?: number;
}

const INVERSE_ARENA_SIZE = 1 / ARENA_SIZE; // exact: a power of two

export class PyMalloc {
  readonly debug: boolean;
  /** Internals, exposed read-only for heapview.ts and stats.ts. */
  readonly pools: PoolTable;
  readonly arenas: ArenaTable;
  readonly raw: RawAllocator;
  private observer: AllocationObserver | null = null;
  private heapLimit = Infinity;
  /** raw_allocated_blocks: PyObject_Malloc blocks that went to the raw allocator. */
  private rawAllocatedBlocks = 0;
  private readonly mmapTop: number;
  private readonly firstPoolOffset: number;
  /**
   * Out-parameter of allocateInto. A double returned from a call V8 does not
   * inline is boxed in a fresh HeapNumber; one written to a Float64Array is not.
   */
  private readonly result = new Float64Array(1);
  /** Out-parameter of pymallocAlloc/allocateFromNewPool: offset of the block in its pool. */
  private blockOffset = 0;
  /** Out-parameter of allocateInto: the block's pool, NO_POOL for a raw block or a failure. */
  private resultPool = NO_POOL;

  constructor(options: PyMallocOptions = {}) {
    this.debug = options.debug ?? debugOptions.malloc;
    this.pools = new PoolTable(this.debug);
    this.arenas = new ArenaTable(options.firstArenaAddress);
    this.raw = new RawAllocator(options.rawHeapBase, this.debug);
    if (this.raw.base >= this.arenas.mmap.lowestPossibleAddress) {
      throw new RangeError("the raw heap must lie below the arena area");
    }
    this.mmapTop = this.arenas.mmap.top;
    this.firstPoolOffset = this.arenas.mmap.firstPoolOffset;
    if (options.limit !== undefined) this.setLimit(options.limit);
  }

  // ---- PyObject_Malloc / PyObject_Realloc / PyObject_Free -------------------

  /**
   * PyObject_Malloc: an address, or 0 when the heap limit forbids it (the VM
   * raises MemoryError). The common case (a used pool of the class exists, no
   * debug mode) is written out here so that it inlines into callers and the
   * returned double is never boxed; everything else goes through allocate().
   */
  malloc(nbytes: number): number {
    let addr: number;
    const pools = this.pools;
    const pool = nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD && !this.debug
      ? pools.usedHead[(nbytes - 1) >> ALIGNMENT_SHIFT]! : NO_POOL;
    if (pool !== NO_POOL) {
      // pymalloc_alloc: pop the head of the first used pool's free list.
      pools.count[pool]!++;
      const offset = pools.freeblock[pool]!;
      const next = pools.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)]!;
      pools.freeblock[pool] = next;
      if (next === 0) pools.extend(pool, (nbytes - 1) >> ALIGNMENT_SHIFT);
      addr = pools.address[pool]! + offset;
    } else {
      this.allocateInto(nbytes);
      addr = this.result[0]!;
    }
    if (this.observer !== null && addr !== 0) this.observer.onAlloc(DOMAIN_OBJ, addr, nbytes);
    return addr;
  }

  /** PyObject_Calloc: memory contents are not simulated, so this is malloc(nelem * elsize). */
  calloc(nelem: number, elsize: number): number {
    return this.malloc(nelem * elsize);
  }

  /**
   * PyObject_Free; free(0) does nothing. The common case (a block of a pool that
   * stays used, no debug mode) is written out here; pool state changes, raw
   * blocks, errors and debug checks go through release().
   */
  free(addr: number): void {
    const below = this.mmapTop - addr;
    const slotAt = this.arenas.mmap.slotAt;
    // Truncation is floor here: below > 0 and every position fits in an int32.
    const position = ((below - 1) * INVERSE_ARENA_SIZE) | 0;
    const slot = below > 0 && position < slotAt.length && !this.debug ? slotAt[position]! : NO_ARENA;
    const offsetInPools = slot === NO_ARENA ? -1 : addr - this.firstPoolOffset - this.arenas.address[slot]!;
    const index = offsetInPools >> POOL_BITS;
    const pools = this.pools;
    const pool = offsetInPools >= 0 && index < this.arenas.carved[slot]! ? slot * MAX_POOLS_IN_ARENA + index : NO_POOL;
    const offset = offsetInPools & POOL_SIZE_MASK;
    if (pool !== NO_POOL && pools.count[pool]! > 1 && pools.freeblock[pool] !== 0) {
      // pymalloc_free without a state change: push on the pool's free list (LIFO).
      pools.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)] = pools.freeblock[pool]!;
      pools.freeblock[pool] = offset;
      pools.count[pool]!--;
    } else if (pool !== NO_POOL && pools.count[pool]! > 0) {
      // The pool turns from full to used or from used to empty; integers only, so no boxing.
      this.freeBlock(pool, offset);
    } else if (addr !== 0) {
      this.release(addr);
    } else {
      return;
    }
    if (this.observer !== null) this.observer.onFree(DOMAIN_OBJ, addr);
  }

  /**
   * PyObject_Realloc: the new address (possibly the same), or 0 on failure, in
   * which case the old block is untouched. realloc(0, n) is malloc(n).
   */
  realloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    const moved = this.reallocate(addr, nbytes);
    if (this.observer !== null && moved !== 0) this.observer.onRealloc(DOMAIN_OBJ, addr, moved, nbytes);
    return moved;
  }

  // ---- block handles ---------------------------------------------------------
  //
  // A handle names a block with a small integer: pymalloc blocks are
  // pool << 10 | offset >> 4 (> 0; pool numbers stay below 2^21), raw blocks are
  // -(address - raw heap base) / 16 (< 0), and 0 means failure. Handles are Smis
  // in V8, so passing, returning or storing one never allocates, whereas an
  // address (> 2^31) is a double that V8 boxes in a HeapNumber whenever it crosses
  // a call that is not inlined or is stored in an object field. The object layer
  // may keep handles and compute id() with addressOf(). Both APIs drive the same
  // heap and give the same addresses. Handles stay 31-bit while there are fewer
  // than 2^21 pools (32 GiB of arenas) and the raw heap is under 16 GiB.

  /** malloc returning a handle; 0 on failure. */
  mallocHandle(nbytes: number): number {
    const pools = this.pools;
    const pool = nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD && !this.debug
      ? pools.usedHead[(nbytes - 1) >> ALIGNMENT_SHIFT]! : NO_POOL;
    if (pool === NO_POOL) return this.mallocHandleSlow(nbytes);
    pools.count[pool]!++;
    const offset = pools.freeblock[pool]!;
    const next = pools.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)]!;
    pools.freeblock[pool] = next;
    if (next === 0) pools.extend(pool, (nbytes - 1) >> ALIGNMENT_SHIFT);
    if (this.observer !== null) this.observer.onAlloc(DOMAIN_OBJ, pools.address[pool]! + offset, nbytes);
    return (pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT);
  }

  /** free by handle; freeHandle(0) does nothing. */
  freeHandle(handle: number): void {
    const pools = this.pools;
    const pool = handle > 0 && !this.debug ? handle >> UNITS_SHIFT : NO_POOL;
    if (pool !== NO_POOL && pool < pools.capacity && pools.count[pool]! > 0) {
      const offset = (handle & (UNITS_PER_POOL - 1)) << ALIGNMENT_SHIFT;
      if (pools.count[pool]! > 1 && pools.freeblock[pool] !== 0) {
        pools.links[(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)] = pools.freeblock[pool]!;
        pools.freeblock[pool] = offset;
        pools.count[pool]!--;
      } else {
        this.freeBlock(pool, offset);
      }
      if (this.observer !== null) this.observer.onFree(DOMAIN_OBJ, pools.address[pool]! + offset);
    } else if (handle !== 0) {
      this.free(this.addressOf(handle));
    }
  }

  /** realloc by handle: the same handle when the block stays in place, 0 on failure. */
  reallocHandle(handle: number, nbytes: number): number {
    const pools = this.pools;
    const pool = handle > 0 && !this.debug && this.observer === null ? handle >> UNITS_SHIFT : NO_POOL;
    if (pool !== NO_POOL && pool < pools.capacity && pools.count[pool]! > 0) {
      const size = blockSizeOf(pools.szidx[pool]!);
      if (nbytes <= size && 4 * nbytes > 3 * size) return handle;
    }
    if (handle === 0) return this.mallocHandle(nbytes);
    const moved = this.realloc(this.addressOf(handle), nbytes);
    return moved === 0 ? 0 : this.handleOf(moved);
  }

  /** Address of the block a handle names (0 for 0). */
  addressOf(handle: number): number {
    if (handle > 0) return this.pools.address[handle >> UNITS_SHIFT]! + ((handle & (UNITS_PER_POOL - 1)) << ALIGNMENT_SHIFT);
    return handle === 0 ? 0 : this.raw.addressOf(-handle);
  }

  /** Handle of the block at `addr` (0 for 0); the address must be one this allocator handed out. */
  handleOf(addr: number): number {
    if (addr === 0) return 0;
    const slot = this.arenaSlotOf(addr);
    if (slot === NO_ARENA) return -this.raw.keyOf(addr);
    const pool = this.poolOf(slot, addr);
    if (pool === NO_POOL) throw new AllocatorError("unknown address", addr, -1, "inside an arena but in no pool");
    return (pool << UNITS_SHIFT) | (((addr - this.pools.address[pool]!) | 0) >> ALIGNMENT_SHIFT);
  }

  /** mallocHandle's slow path: new pools, raw blocks, debug mode. */
  private mallocHandleSlow(nbytes: number): number {
    this.allocateInto(nbytes);
    const addr = this.result[0]!;
    if (addr === 0) return 0;
    if (this.observer !== null) this.observer.onAlloc(DOMAIN_OBJ, addr, nbytes);
    const pool = this.resultPool;
    return pool !== NO_POOL ? (pool << UNITS_SHIFT) | (this.blockOffset >> ALIGNMENT_SHIFT) : -this.raw.keyOf(addr);
  }

  // ---- PyMem_RawMalloc / PyMem_RawRealloc / PyMem_RawFree ---------------------

  /** PyMem_RawMalloc: straight to the C heap; not counted by sys.getallocatedblocks(). */
  rawMalloc(nbytes: number): number {
    const addr = this.rawAllocate(nbytes);
    if (this.observer !== null && addr !== 0) this.observer.onAlloc(DOMAIN_RAW, addr, nbytes);
    return addr;
  }

  rawRealloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.rawMalloc(nbytes);
    const moved = this.rawReallocate(addr, nbytes);
    if (this.observer !== null && moved !== 0) this.observer.onRealloc(DOMAIN_RAW, addr, moved, nbytes);
    return moved;
  }

  rawFree(addr: number): void {
    if (addr === 0) return;
    this.rawRelease(addr);
    if (this.observer !== null) this.observer.onFree(DOMAIN_RAW, addr);
  }

  // ---- queries ---------------------------------------------------------------

  /**
   * sys.getallocatedblocks(): raw_allocated_blocks + the ref.count of every pool
   * carved so far, summed on demand as _PyInterpreterState_GetAllocatedBlocks
   * does (a running counter would cost the hot paths two more writes).
   */
  allocatedBlocks(): number {
    const { arenas, pools } = this;
    let blocks = this.rawAllocatedBlocks;
    for (let slot = 0; slot < arenas.capacity; slot++) {
      if (arenas.address[slot] === 0) continue;
      const first = slot * MAX_POOLS_IN_ARENA;
      for (let pool = first; pool < first + arenas.carved[slot]!; pool++) blocks += pools.count[pool]!;
    }
    return blocks;
  }

  /** Whether `addr` lies inside a currently mapped arena (address_in_range). */
  isPymallocAddress(addr: number): boolean {
    return this.arenaSlotOf(addr) !== NO_ARENA;
  }

  /** Bytes usable at a live address: the block size, or malloc_usable_size for raw blocks. */
  usableSize(addr: number): number {
    const slot = this.arenaSlotOf(addr);
    if (slot !== NO_ARENA) return blockSizeOf(this.pools.szidx[this.ownedPool(slot, addr, "use after free")]!);
    const size = this.raw.usableSize(addr);
    if (size === undefined) throw this.rawError(addr, "use after free");
    return size;
  }

  /** Size class of the pool holding `addr`, or -1 when it is not a pymalloc address. */
  sizeClassOfAddress(addr: number): number {
    const slot = this.arenaSlotOf(addr);
    if (slot === NO_ARENA) return -1;
    const pool = this.poolOf(slot, addr);
    return pool === NO_POOL ? -1 : this.pools.szidx[pool]!;
  }

  /**
   * Debug mode: throw an AllocatorError unless `addr` is a live block (the object
   * layer calls this before using an object). Does nothing outside debug mode.
   */
  checkLive(addr: number): void {
    if (!this.debug) return;
    const slot = this.arenaSlotOf(addr);
    if (slot === NO_ARENA) {
      if (!this.raw.has(addr)) throw this.rawError(addr, "use after free");
      return;
    }
    this.ownedPool(slot, addr, "use after free");
  }

  /** Bytes counted against the heap limit: mapped arenas plus live raw blocks. */
  footprint(): number {
    return this.arenas.currentlyAllocated * ARENA_SIZE + this.raw.bytes;
  }

  get limit(): number {
    return this.heapLimit;
  }

  /** Cap arenas + raw bytes; null or Infinity removes the cap. Existing blocks are never taken back. */
  setLimit(bytes: number | null): void {
    if (bytes !== null && !(bytes >= 0)) throw new RangeError(`heap limit must be >= 0: ${bytes}`);
    this.heapLimit = bytes ?? Infinity;
  }

  /** Install (or remove with null) the tracemalloc observer. */
  setObserver(observer: AllocationObserver | null): void {
    this.observer = observer;
  }

  stats(): MallocStats {
    return collectMallocStats(this, this.rawAllocatedBlocks);
  }

  /**
   * The text sys._debugmallocstats() writes: pymalloc's report, an empty line,
   * then the object layer's free-list lines (see formatFreeListLine).
   */
  debugMallocStatsText(freeListLines: readonly string[] = []): string {
    return renderDebugMallocStats(this.stats()) + "\n" + freeListLines.map((line) => line + "\n").join("");
  }

  // ---- pymalloc internals ------------------------------------------------------

  /**
   * _PyObject_Malloc without the observer, for malloc's slow path: the address
   * is left in this.result[0]. The pymalloc helpers below return a pool number
   * and leave the block offset in this.blockOffset, both small integers, so no
   * double crosses a call boundary.
   */
  private allocateInto(nbytes: number): void {
    if (nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD) {
      const pool = this.pymallocAlloc((nbytes - 1) >> ALIGNMENT_SHIFT);
      this.resultPool = pool;
      if (pool !== NO_POOL) {
        this.result[0] = this.pools.address[pool]! + this.blockOffset;
        return;
      }
    }
    this.resultPool = NO_POOL;
    const addr = this.rawAllocate(nbytes);
    if (addr !== 0) this.rawAllocatedBlocks++;
    this.result[0] = addr;
  }

  /** _PyObject_Malloc without the observer (realloc's internal malloc). */
  private allocate(nbytes: number): number {
    this.allocateInto(nbytes);
    return this.result[0]!;
  }

  /** pymalloc_alloc: pop the first used pool's free list, or start a new pool. */
  private pymallocAlloc(idx: number): number {
    const pools = this.pools;
    const pool = pools.usedHead[idx]!;
    if (pool === NO_POOL) return this.allocateFromNewPool(idx);
    pools.count[pool]!++;
    this.blockOffset = pools.popFree(pool, idx);
    if (this.debug) this.setBlockState(pool, this.blockOffset, BLOCK_LIVE);
    return pool;
  }

  /** allocate_from_new_pool; NO_POOL when a new arena is needed and the heap limit forbids it. */
  private allocateFromNewPool(idx: number): number {
    const arenas = this.arenas;
    const pools = this.pools;
    if (arenas.usableHead === NO_ARENA) {
      if (this.footprint() + ARENA_SIZE > this.heapLimit) return NO_POOL;
      arenas.newArena(pools);
    }
    const pool = arenas.takePool(pools);
    pools.linkUsedFront(pool, idx);
    this.blockOffset = pools.takeFirstBlock(pool, idx);
    if (this.debug) this.setBlockState(pool, this.blockOffset, BLOCK_LIVE);
    return pool;
  }

  /** _PyObject_Free without the observer. */
  private release(addr: number): void {
    const slot = this.arenaSlotOf(addr);
    if (slot !== NO_ARENA) {
      this.pymallocFree(slot, addr);
      return;
    }
    this.rawRelease(addr);
    this.rawAllocatedBlocks--;
  }

  /** pymalloc_free: push on the pool's free list and move the pool between states. */
  private pymallocFree(slot: number, addr: number): void {
    const pool = this.ownedPool(slot, addr, "double free");
    const offset = (addr - this.firstPoolOffset - this.arenas.address[slot]!) & POOL_SIZE_MASK;
    if (this.debug) this.setBlockState(pool, offset, BLOCK_FREED);
    this.freeBlock(pool, offset);
  }

  /** The common part of pymalloc_free for a validated block: LIFO push and pool state changes. */
  private freeBlock(pool: number, offset: number): void {
    const pools = this.pools;
    const previousHead = pools.pushFree(pool, offset);
    const count = --pools.count[pool]!;
    const idx = pools.szidx[pool]!;
    if (previousHead === 0) {
      // The pool was full: back at the front of usedpools, so this block is reused next.
      pools.linkUsedFront(pool, idx);
    } else if (count === 0) {
      // The pool is empty: it leaves usedpools for its arena's freepools.
      pools.unlinkUsed(pool, idx);
      this.arenas.returnPool(pool, pools);
    }
  }

  /** pymalloc_realloc, falling back to the raw allocator for raw blocks. */
  private reallocate(addr: number, nbytes: number): number {
    const slot = this.arenaSlotOf(addr);
    if (slot === NO_ARENA) return this.rawReallocate(addr, nbytes);
    const pool = this.ownedPool(slot, addr, "use after free");
    const size = blockSizeOf(this.pools.szidx[pool]!);
    // Stay in place unless growing past the block or shrinking by 25% or more.
    if (nbytes <= size && 4 * nbytes > 3 * size) return addr;
    const moved = this.allocate(nbytes);
    if (moved !== 0) this.release(addr);
    return moved;
  }

  /** Arena slot mapped at `addr`'s mmap position, or NO_ARENA (raw heap or unmapped). */
  private arenaSlotOf(addr: number): number {
    const below = this.mmapTop - addr;
    if (!(below > 0)) return NO_ARENA;
    const position = Math.floor((below - 1) * INVERSE_ARENA_SIZE);
    const slotAt = this.arenas.mmap.slotAt;
    return position < slotAt.length ? slotAt[position]! : NO_ARENA;
  }

  /** Pool number holding `addr` in arena `slot`, or NO_POOL if that pool was never carved. */
  private poolOf(slot: number, addr: number): number {
    const offsetInPools = addr - this.firstPoolOffset - this.arenas.address[slot]!;
    if (offsetInPools < 0) return NO_POOL;
    const index = offsetInPools >> POOL_BITS;
    return index < this.arenas.carved[slot]! ? slot * MAX_POOLS_IN_ARENA + index : NO_POOL;
  }

  /**
   * The pool holding the allocated block `addr`, or an AllocatorError. Debug mode
   * checks the block itself (a freed block is reported as `kindIfFreed`); otherwise
   * only that the pool was carved and is not empty, which keeps our own state sane.
   */
  private ownedPool(slot: number, addr: number, kindIfFreed: AllocatorErrorKind): number {
    const pool = this.poolOf(slot, addr);
    if (pool === NO_POOL) throw new AllocatorError("unknown address", addr, -1, "inside an arena but in no pool");
    if (this.debug) {
      this.checkBlockState(pool, addr, kindIfFreed);
    } else if (this.pools.count[pool] === 0) {
      const idx = this.pools.szidx[pool]!;
      throw new AllocatorError("unknown address", addr, idx,
        `pymalloc size class ${idx}, ${blockSizeOf(idx)}-byte blocks: its pool is empty`);
    }
    return pool;
  }

  private setBlockState(pool: number, offset: number, state: number): void {
    this.pools.blockState![(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)] = state;
  }

  /** Debug: `addr` must start a live block of its pool. */
  private checkBlockState(pool: number, addr: number, kindIfFreed: AllocatorErrorKind): void {
    const pools = this.pools;
    const offset = (addr - pools.address[pool]!) | 0;
    const idx = pools.szidx[pool]!;
    const size = blockSizeOf(idx);
    const detail = `pymalloc size class ${idx}, ${size}-byte blocks`;
    if (offset < POOL_OVERHEAD || (offset - POOL_OVERHEAD) % size !== 0 || offset >= pools.nextoffset[pool]!) {
      throw new AllocatorError("unknown address", addr, idx, `${detail}: not the start of a block`);
    }
    const state = pools.blockState![(pool << UNITS_SHIFT) | (offset >> ALIGNMENT_SHIFT)];
    if (state === BLOCK_FREED) throw new AllocatorError(kindIfFreed, addr, idx, `${detail}: block is free`);
    if (state !== BLOCK_LIVE) throw new AllocatorError("unknown address", addr, idx, `${detail}: block never allocated`);
  }

  // ---- raw allocator -----------------------------------------------------------

  private rawAllocate(nbytes: number): number {
    if (this.footprint() + Math.max(nbytes, 1) > this.heapLimit) return 0;
    return this.raw.malloc(nbytes);
  }

  private rawReallocate(addr: number, nbytes: number): number {
    const old = this.raw.requestedSize(addr);
    if (old === undefined) throw this.rawError(addr, "use after free");
    if (this.footprint() - old + Math.max(nbytes, 1) > this.heapLimit) return 0;
    return this.raw.realloc(addr, nbytes);
  }

  private rawRelease(addr: number): void {
    const result = this.raw.free(addr);
    if (result === "double") throw new AllocatorError("double free", addr, -1, "raw block already freed");
    if (result === "unknown") throw this.rawError(addr);
  }

  /** The error for a raw address that is not live: a freed one (debug mode remembers them) or an unknown one. */
  private rawError(addr: number, kindIfFreed: AllocatorErrorKind = "unknown address"): AllocatorError {
    if (this.raw.wasFreed(addr)) return new AllocatorError(kindIfFreed, addr, -1, "raw block already freed");
    return new AllocatorError("unknown address", addr, -1, "not a live pymalloc or raw block");
  }
}
