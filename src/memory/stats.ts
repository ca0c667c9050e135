// Allocator statistics and the exact text of sys._debugmallocstats().
//
// Figures are gathered the way _PyObject_DebugMallocStats gathers them: walk
// every mapped arena and every pool carved from it; pools with ref.count == 0
// are "unused" (counted with the never-carved pools), the others count towards
// their size class. The layout (printone, the class table, the arena map block)
// follows Objects/obmalloc.c of 3.12; see spec/allocator.md §7 for a real sample.

import type { PyMalloc } from "./allocator.js";
import {
  ARENA_MAP_BOT_BYTES, ARENA_MAP_MID_BYTES, ARENA_MAP_ROOT_BYTES,
} from "./arenamap.js";
import {
  ARENA_SIZE, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, SMALL_REQUEST_THRESHOLD,
  blockSizeOf, blocksPerPool, quantizationPerPool,
} from "./sizeclass.js";

export interface SizeClassStats {
  index: number;
  blockSize: number;
  /** Pools of this class holding at least one block (used or full). */
  pools: number;
  blocksInUse: number;
  /** Free blocks in those pools, virgin ones included (NUMBLOCKS - ref.count). */
  availBlocks: number;
}

export interface MallocStats {
  /** All 32 classes, in index order (classes with no pool have zeros). */
  classes: SizeClassStats[];
  arenasAllocatedTotal: number;
  arenasReclaimed: number;
  arenasHighwater: number;
  arenasCurrent: number;
  allocatedBytes: number;
  availableBytes: number;
  /** Cached empty pools plus never-carved pools, over all arenas. */
  unusedPools: number;
  poolHeaderBytes: number;
  quantizationBytes: number;
  arenaAlignmentBytes: number;
  arenaMapMidNodes: number;
  arenaMapBotNodes: number;
  arenaMapRootBytes: number;
  arenaMapMidBytes: number;
  arenaMapBotBytes: number;
  /** raw_allocated_blocks: PyObject_Malloc requests served by the raw allocator. */
  rawAllocatedBlocks: number;
  /** Requested bytes of every live raw block (both domains). */
  rawBytes: number;
  /** sys.getallocatedblocks(). */
  allocatedBlocks: number;
}

export function collectMallocStats(m: PyMalloc, rawAllocatedBlocks: number): MallocStats {
  const classes = emptyClassStats();
  const { arenas, pools } = m;
  let unusedPools = 0;
  let arenaAlignmentBytes = 0;
  let pymallocBlocks = 0;
  for (let slot = 0; slot < arenas.capacity; slot++) {
    if (arenas.address[slot] === 0) continue;
    unusedPools += arenas.nfreepools[slot]!;
    if (arenas.mmap.firstPoolOffset !== 0) arenaAlignmentBytes += POOL_SIZE;
    for (let index = 0; index < arenas.carved[slot]!; index++) {
      const pool = slot * MAX_POOLS_IN_ARENA + index;
      const count = pools.count[pool]!;
      if (count === 0) continue;
      const stats = classes[pools.szidx[pool]!]!;
      stats.pools++;
      stats.blocksInUse += count;
      stats.availBlocks += blocksPerPool(stats.index) - count;
      pymallocBlocks += count;
    }
  }
  return {
    classes,
    arenasAllocatedTotal: arenas.totalAllocated,
    arenasReclaimed: arenas.totalAllocated - arenas.currentlyAllocated,
    arenasHighwater: arenas.highwater,
    arenasCurrent: arenas.currentlyAllocated,
    allocatedBytes: sum(classes, (c) => c.blocksInUse * c.blockSize),
    availableBytes: sum(classes, (c) => c.availBlocks * c.blockSize),
    unusedPools,
    poolHeaderBytes: sum(classes, (c) => c.pools * POOL_OVERHEAD),
    quantizationBytes: sum(classes, (c) => c.pools * quantizationPerPool(c.index)),
    arenaAlignmentBytes,
    arenaMapMidNodes: arenas.map.midNodes,
    arenaMapBotNodes: arenas.map.botNodes,
    arenaMapRootBytes: ARENA_MAP_ROOT_BYTES,
    arenaMapMidBytes: arenas.map.midNodes * ARENA_MAP_MID_BYTES,
    arenaMapBotBytes: arenas.map.botNodes * ARENA_MAP_BOT_BYTES,
    rawAllocatedBlocks,
    rawBytes: m.raw.bytes,
    allocatedBlocks: pymallocBlocks + rawAllocatedBlocks,
  };
}

function emptyClassStats(): SizeClassStats[] {
  const classes: SizeClassStats[] = [];
  for (let index = 0; index < NB_SMALL_SIZE_CLASSES; index++) {
    classes.push({ index, blockSize: blockSizeOf(index), pools: 0, blocksInUse: 0, availBlocks: 0 });
  }
  return classes;
}

function sum(classes: SizeClassStats[], term: (c: SizeClassStats) => number): number {
  let total = 0;
  for (const c of classes) total += term(c);
  return total;
}

/** The report _PyObject_DebugMallocStats writes, every line ending in "\n". */
export function renderDebugMallocStats(s: MallocStats): string {
  const out: string[] = [];
  out.push(`Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n`);
  out.push("\n");
  out.push("class   size   num pools   blocks in use  avail blocks\n");
  out.push("-----   ----   ---------   -------------  ------------\n");
  for (const c of s.classes) {
    if (c.pools === 0) continue;
    out.push(`${pad(c.index, 5)} ${pad(c.blockSize, 6)} ${pad(c.pools, 11)} ${pad(c.blocksInUse, 15)} ${pad(c.availBlocks, 13)}\n`);
  }
  out.push("\n");
  out.push(printone("# arenas allocated total", s.arenasAllocatedTotal));
  out.push(printone("# arenas reclaimed", s.arenasReclaimed));
  out.push(printone("# arenas highwater mark", s.arenasHighwater));
  out.push(printone("# arenas allocated current", s.arenasCurrent));
  out.push(printone(`${s.arenasCurrent} arenas * ${ARENA_SIZE} bytes/arena`, s.arenasCurrent * ARENA_SIZE));
  out.push("\n");
  out.push(...accountingLines(s));
  out.push("\narena map counts\n");
  out.push(printone("# arena map mid nodes", s.arenaMapMidNodes));
  out.push(printone("# arena map bot nodes", s.arenaMapBotNodes));
  out.push("\n");
  out.push(printone("# bytes lost to arena map root", s.arenaMapRootBytes));
  out.push(printone("# bytes lost to arena map mid", s.arenaMapMidBytes));
  out.push(printone("# bytes lost to arena map bot", s.arenaMapBotBytes));
  out.push(printone("Total", s.arenaMapRootBytes + s.arenaMapMidBytes + s.arenaMapBotBytes));
  return out.join("");
}

/** Where the arena bytes go; the Total equals arenas * 1 MiB. */
function accountingLines(s: MallocStats): string[] {
  const items: Array<[string, number]> = [
    ["# bytes in allocated blocks", s.allocatedBytes],
    ["# bytes in available blocks", s.availableBytes],
    [`${s.unusedPools} unused pools * ${POOL_SIZE} bytes`, s.unusedPools * POOL_SIZE],
    ["# bytes lost to pool headers", s.poolHeaderBytes],
    ["# bytes lost to quantization", s.quantizationBytes],
    ["# bytes lost to arena alignment", s.arenaAlignmentBytes],
  ];
  const lines = items.map(([label, value]) => printone(label, value));
  lines.push(printone("Total", items.reduce((total, [, value]) => total + value, 0)));
  return lines;
}

/**
 * printone: the label padded with spaces to 35 columns, "=", then the value
 * with thousands separators right-justified in 21 columns, and a newline.
 */
export function printone(label: string, value: number): string {
  return label.padEnd(35, " ") + "=" + withCommas(value).padStart(21, " ") + "\n";
}

/**
 * One line of _PyDebugAllocatorStats, as the object layer's free lists print
 * them: "%d %ss * %zd bytes each" right-justified in 48 columns, a space, then
 * printone's "=" and total. Returned without the trailing newline, ready to pass
 * to PyMalloc.debugMallocStatsText. Example:
 * formatFreeListLine("free PyFloatObject", 3, 24) ->
 * "           3 free PyFloatObjects * 24 bytes each =                   72".
 */
export function formatFreeListLine(blockName: string, count: number, bytesEach: number): string {
  const label = `${count} ${blockName}s * ${bytesEach} bytes each`.padStart(48, " ") + " ";
  return printone(label, count * bytesEach).slice(0, -1);
}

function withCommas(value: number): string {
  const digits = String(Math.trunc(value));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, " ");
}
