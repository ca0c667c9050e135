// Size classes and the fixed geometry of pymalloc on 64-bit CPython 3.12.
// Values from Include/internal/pycore_obmalloc.h (spec/allocator.md §2, §3).

/** Block alignment and size-class spacing (ALIGNMENT, 64-bit branch). */
export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;

/** Largest request served by pymalloc; 0 and anything larger go to the raw allocator. */
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT; // 32

/** 16 KiB pools (POOL_BITS = 14 with USE_LARGE_POOLS and the radix tree). */
export const POOL_BITS = 14;
export const POOL_SIZE = 1 << POOL_BITS;
export const POOL_SIZE_MASK = POOL_SIZE - 1;

/** 1 MiB arenas (ARENA_BITS = 20 with USE_LARGE_ARENAS). */
export const ARENA_BITS = 20;
export const ARENA_SIZE = 1 << ARENA_BITS;
export const ARENA_SIZE_MASK = ARENA_SIZE - 1;
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE; // 64

/** sizeof(struct pool_header) = 4 pointers + 4 uints = 48, already a multiple of 16. */
export const POOL_OVERHEAD = 48;

/** Length of the arena-descriptor vector before its first doubling (new_arena). */
export const INITIAL_ARENA_OBJECTS = 16;

/** szidx of a pool that was carved but never initialised (DUMMY_SIZE_IDX). */
export const DUMMY_SIZE_IDX = 0xffff;

/** mmap hands out 4 KiB pages (SYSTEM_PAGE_SIZE). */
export const SYSTEM_PAGE_SIZE = 4096;

/**
 * Size class index for a request of `nbytes`, or -1 when pymalloc refuses it
 * (0 bytes or more than 512): pymalloc_alloc computes (nbytes - 1) >> ALIGNMENT_SHIFT.
 */
export function sizeClassOf(nbytes: number): number {
  if (nbytes < 1 || nbytes > SMALL_REQUEST_THRESHOLD) return -1;
  return (nbytes - 1) >> ALIGNMENT_SHIFT;
}

/** Block size of size class `idx` (INDEX2SIZE). */
export function blockSizeOf(idx: number): number {
  return (idx + 1) << ALIGNMENT_SHIFT;
}

/** Blocks that fit in one pool of class `idx` after the header (NUMBLOCKS). */
export function blocksPerPool(idx: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / blockSizeOf(idx));
}

/** Bytes left over at the end of a pool of class `idx` ("quantization"). */
export function quantizationPerPool(idx: number): number {
  return (POOL_SIZE - POOL_OVERHEAD) % blockSizeOf(idx);
}

/** Request size rounded up to the block size pymalloc would use (0 when not pymalloc). */
export function roundedBlockSize(nbytes: number): number {
  const idx = sizeClassOf(nbytes);
  return idx < 0 ? 0 : blockSizeOf(idx);
}
