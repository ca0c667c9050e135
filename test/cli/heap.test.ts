// `pyarena --heap`: the report printed after the program agrees with itself and with
// what the program can measure (sys.getallocatedblocks, sys.getsizeof).
import { expect, test } from "vitest";
import { main } from "../../src/cli/main.js";

async function run(args: string[]): Promise<{ out: string; err: string; status: number }> {
  let out = "";
  let err = "";
  const status = await main(args, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: () => "",
    cwd: "/tmp",
    stdinIsTTY: false,
  });
  return { out, err, status };
}

const PROGRAM = `
import sys
keep = [list(range(100)) for i in range(3)]
big = 'a' * 5000
print(sys.getallocatedblocks(), sys.getsizeof(big), sys.getsizeof(keep[0]))
`;

test("--heap reports the blocks, the live objects and the largest ones", async () => {
  const { out, err, status } = await run(["--heap", "-c", PROGRAM]);
  expect(status).toBe(0);
  const [blocksSeen, bigSize, listSize] = out.trim().split(" ").map(Number);
  expect([bigSize, listSize]).toEqual([5041, 856]);
  const total = Number(/allocated blocks \(sys.getallocatedblocks\): ([\d,]+)/.exec(err)![1]!.replace(/,/g, ""));
  // the print call's own temporaries are gone by the time the report is made
  expect(Math.abs(total - blocksSeen!)).toBeLessThan(10);
  const classRows = [...err.matchAll(/^ +\d+ +\d+ +\d+ +(\d+) +\d+$/gm)].map((m) => Number(m[1]));
  // sys.getallocatedblocks counts pool blocks and PyObject_Malloc's raw blocks (3.12's raw_allocated_blocks)
  const rawBlocks = Number(/raw blocks: ([\d,]+)/.exec(err)![1]!.replace(/,/g, ""));
  expect(rawBlocks).toBeGreaterThanOrEqual(4); // three 800-byte item arrays and the 5041-byte str
  expect(classRows.reduce((a, b) => a + b, 0) + rawBlocks).toBe(total);
  // the three lists, `keep`, sys.argv, gc.garbage, gc.callbacks and the
  // _uninitialized_submodules lists of sys's and builtins' specs
  expect(err).toMatch(/^\s+list\s+9 objects\s/m);
  expect(err).toMatch(/largest objects:\n\s+str\s+at 0x[0-9a-f]+\s+5,041 bytes\n/);
});
