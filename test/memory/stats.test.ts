import { describe, expect, it } from "vitest";
import { formatFreeListLine, printone, type MallocStats } from "../../src/memory/stats.js";
import { allocMany, fresh } from "./helpers.js";
import { PyMalloc } from "../../src/memory/allocator.js";

/** The spec's real sample of CPython 3.12.1 (spec/allocator.md §7), class rows trimmed to three. */
const SAMPLE = `Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1             228           793
    1     32           1             493            17
   31    512           1              14            17

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =              879,168
# bytes in available blocks        =              372,736
49 unused pools * 16384 bytes      =              802,816
# bytes lost to pool headers       =                3,696
# bytes lost to quantization       =                5,968
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

           13 free PyDictObjects * 48 bytes each =                  624
           3 free PyFloatObjects * 24 bytes each =                   72
   4 free 1-sized PyTupleObjects * 32 bytes each =                  128
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
`;

/** One token per line: literal text with every number replaced by N; class rows collapse to one token. */
function layoutOf(text: string): string[] {
  const tokens: string[] = [];
  for (const line of text.split("\n")) {
    const row = /^[ \d]{5} [ \d]{6} [ \d]{11} [ \d]{15} [ \d]{13}$/.test(line);
    const token = row ? "<class row>" : line.replace(/\d[\d,]*/g, "N").replace(/ +/g, " ");
    if (row && tokens[tokens.length - 1] === token) continue;
    tokens.push(token);
  }
  return tokens;
}

/** Every "label = value" line must put "=" in column 36 and end the number in column 57. */
function checkColumns(text: string): void {
  for (const line of text.split("\n")) {
    if (!line.includes("=") || line.startsWith("Small")) continue;
    expect(line.indexOf("=") === 35 || line.indexOf("=") === 49).toBe(true);
    expect(line.length - line.indexOf("=")).toBe(22);
  }
}

function value(text: string, label: string): number {
  const line = text.split("\n").find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no line ${label}`);
  return Number(line.slice(line.indexOf("=") + 1).replace(/[ ,]/g, ""));
}

const FREE_LIST_LINES = [
  formatFreeListLine("free PyDictObject", 13, 48),
  formatFreeListLine("free PyFloatObject", 3, 24),
  formatFreeListLine("free 1-sized PyTupleObject", 4, 32),
  formatFreeListLine("free 10-sized PyTupleObject", 0, 104),
];

function checkIdentities(s: MallocStats): void {
  let allocated = 0, available = 0, headers = 0, quantization = 0, pools = 0;
  for (const c of s.classes) {
    allocated += c.blocksInUse * c.blockSize;
    available += c.availBlocks * c.blockSize;
    headers += c.pools * 48;
    quantization += c.pools * ((16384 - 48) % c.blockSize);
    pools += c.pools;
    expect(c.blocksInUse + c.availBlocks).toBe(c.pools * Math.floor((16384 - 48) / c.blockSize));
  }
  expect([s.allocatedBytes, s.availableBytes, s.poolHeaderBytes, s.quantizationBytes]).toEqual([allocated, available, headers, quantization]);
  expect(s.allocatedBytes + s.availableBytes + s.unusedPools * 16384 + s.poolHeaderBytes + s.quantizationBytes
    + s.arenaAlignmentBytes).toBe(s.arenasCurrent * 1048576);
  expect(pools + s.unusedPools).toBe(s.arenasCurrent * 63);
}

describe("sys._debugmallocstats() text", () => {
  it("prints a scripted heap exactly", () => {
    const m = fresh();
    m.malloc(10);
    allocMany(m, 30, 3);
    m.malloc(700); // raw: not in the report
    const text = m.debugMallocStatsText([formatFreeListLine("free PyFloatObject", 3, 24)]);
    expect(text).toBe(`Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1               1          1020
    1     32           1               3           507

# arenas allocated total           =                    1
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    1
# arenas allocated current         =                    1
1 arenas * 1048576 bytes/arena     =            1,048,576

# bytes in allocated blocks        =                  112
# bytes in available blocks        =               32,544
61 unused pools * 16384 bytes      =              999,424
# bytes lost to pool headers       =                   96
# bytes lost to quantization       =                   16
# bytes lost to arena alignment    =               16,384
Total                              =            1,048,576

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

           3 free PyFloatObjects * 24 bytes each =                   72
`);
  });

  it("has the layout of the spec's real sample", () => {
    const m = fresh();
    // Something like the sample program: many small strs, lists, dicts, over two arenas.
    for (let i = 0; i < 3000; i++) m.malloc(40 + (i % 40));
    for (let i = 0; i < 10000; i++) m.malloc(1 + ((i * 37) % 512));
    const text = m.debugMallocStatsText(FREE_LIST_LINES);
    expect(layoutOf(text)).toEqual(layoutOf(SAMPLE));
    checkColumns(text);
    checkColumns(SAMPLE);
  });

  it("formats free-list lines and printone exactly as CPython does", () => {
    for (const line of FREE_LIST_LINES) expect(SAMPLE).toContain(line + "\n");
    expect(printone("# bytes in allocated blocks", 879168)).toBe("# bytes in allocated blocks        =              879,168\n");
    expect(printone("49 unused pools * 16384 bytes", 802816)).toBe("49 unused pools * 16384 bytes      =              802,816\n");
    expect(printone("Total", 1234567890123)).toBe("Total                              =    1,234,567,890,123\n");
  });

  it("keeps the accounting identities of the sample and of our heaps", () => {
    // The sample's own figures: allocated + available + unused + headers + quantization + alignment = arenas * 1 MiB.
    expect(879168 + 372736 + 802816 + 3696 + 5968 + 32768).toBe(2 * 1048576);
    const m = fresh();
    const live: number[] = [];
    for (let i = 0; i < 20000; i++) live.push(m.malloc(1 + ((i * 7919) % 512)));
    for (let i = 0; i < live.length; i += 3) m.free(live[i]!);
    const s = m.stats();
    checkIdentities(s);
    const text = m.debugMallocStatsText();
    expect(value(text, "Total")).toBe(s.arenasCurrent * 1048576);
    expect(value(text, "# bytes in allocated blocks")).toBe(s.allocatedBytes);
    expect(s.allocatedBlocks).toBe(m.allocatedBlocks());
  });

  it("counts reclaimed arenas and the highwater mark", () => {
    const m = new PyMalloc({ debug: false });
    const first = allocMany(m, 512, 63 * 31);
    const second = allocMany(m, 512, 63 * 31);
    for (const b of second) m.free(b);
    for (const b of first) m.free(b);
    const s = m.stats();
    expect([s.arenasAllocatedTotal, s.arenasReclaimed, s.arenasHighwater, s.arenasCurrent]).toEqual([2, 1, 2, 1]);
    expect(m.debugMallocStatsText()).toContain("# arenas reclaimed                 =                    1\n");
    checkIdentities(s);
  });
});
