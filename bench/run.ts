// Benchmark runner: every program of ../shared/bench/programs (and bench/programs/*.py)
// on pyarena and on CPython 3.12 in the same run, engines alternated, median of
// several runs; a run counts only when both print the same output. Prints a table of
// times and ratios (pyarena / CPython) with the geometric mean.
//
//   npx tsx bench/run.ts [--runs N] [name ...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const DIRS = [resolve(ROOT, "../shared/bench/programs"), join(ROOT, "bench/programs")];
const PYARENA = join(ROOT, "dist/bundle/bin.js");

interface Timing {
  ms: number;
  stdout: string;
  ok: boolean;
  error: string;
}

function timeOnce(cmd: string, args: string[], env: Record<string, string>): Timing {
  const start = performance.now();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: "utf8", timeout: 600_000, maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  return { ms, stdout: r.stdout ?? "", ok: r.status === 0, error: (r.stderr ?? "").split("\n").slice(-3).join(" ") };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "3" } }, allowPositionals: true });
const runs = Number(values.runs);
const programs = DIRS.filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".py")).map((f) => join(d, f)))
  .filter((p) => positionals.length === 0 || positionals.some((n) => p.includes(n)));

console.log(`${"program".padEnd(22)} ${"CPython ms".padStart(11)} ${"pyarena ms".padStart(11)} ${"ratio".padStart(7)}  note`);
const ratios: number[] = [];
for (const program of programs) {
  const cpy: number[] = [];
  const ours: number[] = [];
  let note = "";
  let expected = "";
  let got = "";
  for (let i = 0; i < runs; i++) {
    const c = timeOnce("python3", [program], { PYENV_VERSION: "3.12.1", PYTHONHASHSEED: "0" });
    const p = timeOnce(process.execPath, [PYARENA, program], { PYTHONHASHSEED: "0" });
    cpy.push(c.ms);
    ours.push(p.ms);
    expected = c.stdout;
    got = p.stdout;
    if (!p.ok) note = `pyarena failed: ${p.error.slice(0, 80)}`;
  }
  const name = program.split("/").pop()!;
  const c = median(cpy);
  const p = median(ours);
  if (!note && got !== expected) note = "output differs";
  if (note) {
    console.log(`${name.padEnd(22)} ${c.toFixed(0).padStart(11)} ${"-".padStart(11)} ${"-".padStart(7)}  ${note}`);
    continue;
  }
  ratios.push(p / c);
  console.log(`${name.padEnd(22)} ${c.toFixed(0).padStart(11)} ${p.toFixed(0).padStart(11)} ${(p / c).toFixed(2).padStart(7)}`);
}
const geomean = ratios.length ? Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length) : NaN;
console.log(`geometric mean of ratios over ${ratios.length} program(s): ${Number.isNaN(geomean) ? "-" : geomean.toFixed(2)}`);
