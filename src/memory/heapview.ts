// Read-only views of the heap for inspection (--heap, pictures, tests). These
// build plain objects, so they are for occasional use, never for the hot path.

import type { PyMalloc } from "./allocator.js";
import { NO_ARENA } from "./arena.js";
import { DUMMY_SIZE_IDX, MAX_POOLS_IN_ARENA, POOL_OVERHEAD, blockSizeOf, blocksPerPool } from "./sizeclass.js";

export interface ArenaView {
  /** Index in the arena-descriptor vector. */
  slot: number;
  address: number;
  /** Pools after alignment (63, or 64 for a pool-aligned arena). */
  totalPools: number;
  /** Empty cached pools plus never-carved pools. */
  freePools: number;
  carvedPools: number;
  /** Rank in usable_arenas (0 = where the next pool comes from), -1 when not usable (full). */
  usableRank: number;
}

export type PoolState = "used" | "full" | "empty";

export interface PoolView {
  /** Global pool number (arena slot * 64 + index in the arena). */
  pool: number;
  arenaSlot: number;
  address: number;
  /** Size class it holds or last held. */
  sizeClass: number;
  blockSize: number;
  blocksInUse: number;
  /** NUMBLOCKS for its class. */
  capacity: number;
  state: PoolState;
}

export interface BlockView {
  address: number;
  live: boolean;
}

/** Every mapped arena, in descriptor-vector order (as CPython's stats walk them). */
export function listArenas(m: PyMalloc): ArenaView[] {
  const { arenas } = m;
  const ranks = new Map(arenas.usableOrder().map((slot, rank) => [slot, rank] as const));
  const views: ArenaView[] = [];
  for (let slot = 0; slot < arenas.capacity; slot++) {
    if (arenas.address[slot] === 0) continue;
    views.push({
      slot,
      address: arenas.address[slot]!,
      totalPools: arenas.ntotalpools[slot]!,
      freePools: arenas.nfreepools[slot]!,
      carvedPools: arenas.carved[slot]!,
      usableRank: ranks.get(slot) ?? -1,
    });
  }
  return views;
}

/** The pools carved so far from the arena in `slot`, in address order. */
export function listPools(m: PyMalloc, slot: number): PoolView[] {
  const { arenas, pools } = m;
  if (slot < 0 || slot >= arenas.capacity || arenas.address[slot] === 0) return [];
  const views: PoolView[] = [];
  for (let index = 0; index < arenas.carved[slot]!; index++) {
    const pool = slot * MAX_POOLS_IN_ARENA + index;
    const sizeClass = pools.szidx[pool]!;
    if (sizeClass === DUMMY_SIZE_IDX) continue;
    const blocksInUse = pools.count[pool]!;
    views.push({
      pool,
      arenaSlot: slot,
      address: pools.address[pool]!,
      sizeClass,
      blockSize: blockSizeOf(sizeClass),
      blocksInUse,
      capacity: blocksPerPool(sizeClass),
      state: blocksInUse === 0 ? "empty" : pools.freeblock[pool] === 0 ? "full" : "used",
    });
  }
  return views;
}

/**
 * Every block of a pool that was ever carved (virgin blocks are not listed),
 * in address order, with whether it is allocated.
 */
export function listBlocks(m: PyMalloc, pool: number): BlockView[] {
  const { pools } = m;
  const sizeClass = pools.szidx[pool];
  if (sizeClass === undefined || sizeClass === DUMMY_SIZE_IDX) return [];
  const free = new Set(pools.freeList(pool));
  const empty = pools.count[pool] === 0;
  const size = blockSizeOf(sizeClass);
  const views: BlockView[] = [];
  for (let offset = POOL_OVERHEAD; offset < pools.nextoffset[pool]!; offset += size) {
    views.push({ address: pools.address[pool]! + offset, live: !empty && !free.has(offset) });
  }
  return views;
}

/** Live raw blocks as [address, requested size], in address order. */
export function listRawBlocks(m: PyMalloc): Array<[number, number]> {
  return m.raw.liveBlocks();
}

/** Arena slot of an address, or -1 (for pictures that start from an object's id). */
export function arenaSlotOfAddress(m: PyMalloc, addr: number): number {
  const position = m.arenas.mmap.positionOf(addr);
  return position < 0 ? NO_ARENA : m.arenas.mmap.slotAt[position]!;
}

