// A heap-wide consistency check of the allocator's own structures, like the
// Py_DEBUG assertions of obmalloc.c (pool_is_in_list, the nfp2lasta asserts) and
// Lua's lua_checkmemory. It walks everything, so it is for tests and debug modes
// (e.g. after each collection under PYARENA_DEBUG=malloc), never for hot paths.
// The invariants are those of docs/internals/allocator.md.

import type { PyMalloc } from "./allocator.js";
import { NO_ARENA } from "./arena.js";
import { BLOCK_LIVE, NO_POOL, UNITS_SHIFT } from "./pool.js";
import { MAX_POOLS_IN_ARENA, POOL_OVERHEAD, blockSizeOf, blocksPerPool } from "./sizeclass.js";

/** Every violated invariant, as a sentence naming the pool or arena; empty when the heap is sound. */
export function heapInvariantViolations(m: PyMalloc): string[] {
  const problems: string[] = [];
  const inUsedLists = checkUsedLists(m, problems);
  for (let slot = 0; slot < m.arenas.capacity; slot++) {
    if (m.arenas.address[slot] === 0) continue;
    checkArenaPools(m, slot, inUsedLists, problems);
  }
  checkUsableArenas(m, problems);
  return problems;
}

/** usedpools[i]: well-linked lists of pools of class i; returns the set of pools found. */
function checkUsedLists(m: PyMalloc, problems: string[]): Set<number> {
  const { pools } = m;
  const found = new Set<number>();
  for (let idx = 0; idx < pools.usedHead.length; idx++) {
    let prev = NO_POOL;
    for (let pool = pools.usedHead[idx]!; pool !== NO_POOL; pool = pools.nextpool[pool]!) {
      if (found.has(pool)) {
        problems.push(`usedpools[${idx}] visits pool ${pool} twice`);
        break;
      }
      found.add(pool);
      if (pools.prevpool[pool] !== prev) problems.push(`pool ${pool}: prevpool is not the previous pool of usedpools[${idx}]`);
      if (pools.szidx[pool] !== idx) problems.push(`pool ${pool} of class ${pools.szidx[pool]} is in usedpools[${idx}]`);
      prev = pool;
    }
  }
  return found;
}

/** Per pool: state matches list membership; free list + allocated = carved blocks; freepools = empty pools. */
function checkArenaPools(m: PyMalloc, slot: number, inUsedLists: Set<number>, problems: string[]): void {
  const { arenas, pools } = m;
  const cached = new Set<number>();
  for (let pool = arenas.freepools[slot]!; pool !== NO_POOL; pool = pools.nextpool[pool]!) {
    if (cached.has(pool)) {
      problems.push(`arena ${slot}: freepools visits pool ${pool} twice`);
      break;
    }
    cached.add(pool);
  }
  const carved = arenas.carved[slot]!;
  for (let pool = slot * MAX_POOLS_IN_ARENA; pool < slot * MAX_POOLS_IN_ARENA + carved; pool++) {
    checkPool(m, pool, inUsedLists.has(pool), cached.has(pool), problems);
  }
  const expectedFree = arenas.ntotalpools[slot]! - carved + cached.size;
  if (arenas.nfreepools[slot] !== expectedFree) {
    problems.push(`arena ${slot}: nfreepools ${arenas.nfreepools[slot]} but ${expectedFree} pools are free or uncarved`);
  }
}

function checkPool(m: PyMalloc, pool: number, inUsedList: boolean, cached: boolean, problems: string[]): void {
  const { pools } = m;
  const idx = pools.szidx[pool]!;
  const count = pools.count[pool]!;
  const capacity = blocksPerPool(idx);
  const isUsed = count > 0 && pools.freeblock[pool] !== 0;
  if (inUsedList !== isUsed) problems.push(`pool ${pool}: ${isUsed ? "used but not in" : "in"} usedpools (count ${count})`);
  if (cached !== (count === 0)) problems.push(`pool ${pool}: ${cached ? "cached as empty" : "empty but not cached"} (count ${count})`);
  if (count > 0 && pools.freeblock[pool] === 0 && count !== capacity) problems.push(`pool ${pool}: no free block but ${count} of ${capacity} in use`);
  const size = blockSizeOf(idx);
  const carvedBlocks = (pools.nextoffset[pool]! - POOL_OVERHEAD) / size;
  const free = pools.freeList(pool);
  if (new Set(free).size !== free.length) problems.push(`pool ${pool}: a block is twice on the free list`);
  if (free.some((offset) => offset < POOL_OVERHEAD || (offset - POOL_OVERHEAD) % size !== 0 || offset >= pools.nextoffset[pool]!)) {
    problems.push(`pool ${pool}: free list holds an offset that is not a carved block`);
  }
  if (free.length + count !== carvedBlocks) problems.push(`pool ${pool}: ${free.length} free + ${count} in use != ${carvedBlocks} carved`);
  if (pools.blockState !== null) checkBlockStates(m, pool, count, problems);
}

/** Debug mode: exactly `count` block starts are marked live. */
function checkBlockStates(m: PyMalloc, pool: number, count: number, problems: string[]): void {
  const states = m.pools.blockState!;
  let live = 0;
  const first = pool << UNITS_SHIFT;
  for (let unit = first; unit < first + (1 << UNITS_SHIFT); unit++) if (states[unit] === BLOCK_LIVE) live++;
  if (live !== count) problems.push(`pool ${pool}: ${live} blocks marked live but count is ${count}`);
}

/** usable_arenas: exactly the arenas with a free pool, ascending nfreepools, nfp2lasta right, one wholly free arena at most (last). */
function checkUsableArenas(m: PyMalloc, problems: string[]): void {
  const { arenas } = m;
  const order = arenas.usableOrder();
  for (let i = 1; i < order.length; i++) {
    if (arenas.nfreepools[order[i - 1]!]! > arenas.nfreepools[order[i]!]!) problems.push("usable_arenas is not sorted by nfreepools");
  }
  const usable = new Set(order);
  for (let slot = 0; slot < arenas.capacity; slot++) {
    const mapped = arenas.address[slot] !== 0;
    if (usable.has(slot) !== (mapped && arenas.nfreepools[slot]! > 0)) problems.push(`arena ${slot}: usable_arenas membership is wrong`);
  }
  for (let n = 1; n < arenas.nfp2lasta.length; n++) {
    const last = order.filter((slot) => arenas.nfreepools[slot] === n).pop() ?? NO_ARENA;
    if (arenas.nfp2lasta[n] !== last) problems.push(`nfp2lasta[${n}] is ${arenas.nfp2lasta[n]}, expected ${last}`);
  }
  const wholly = order.filter((slot) => arenas.nfreepools[slot] === arenas.ntotalpools[slot]);
  if (wholly.length > 1 || (wholly.length === 1 && order[order.length - 1] !== wholly[0])) {
    problems.push("a wholly free arena other than the last usable one was kept");
  }
}
