// Lex + parse throughput of pyarena beside CPython 3.12's ast.parse, on one large
// generated Python file (not a test: run `npx tsx bench/parse.ts [lines]`).
// Both sides parse the same file several times in one process after a warm-up and
// report the median; the ratio is pyarena time / CPython time (below 1 = faster).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parse } from "../src/parser/parser.js";
import { generateProgram } from "./genprogram.js";

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timePyarena(source: string): number {
  parse(source, "bench.py", "exec"); // warm-up: JIT and chevrotain's lazy caches
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    parse(source, "bench.py", "exec");
    times.push(performance.now() - start);
  }
  return median(times);
}

function timeCPython(path: string): number {
  const script = `import ast, time, statistics
src = open(${JSON.stringify(path)}).read()
ast.parse(src)
times = []
for _ in range(${RUNS}):
    t = time.perf_counter(); ast.parse(src); times.append(time.perf_counter() - t)
print(statistics.median(times) * 1000)`;
  const result = spawnSync("python3", ["-c", script], { env: { ...process.env, PYENV_VERSION: "3.12.1" }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`CPython failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

const lines = Number(process.argv[2] ?? 25_000);
const source = generateProgram(lines);
mkdirSync("bench/out", { recursive: true });
const path = "bench/out/parse_input.py";
writeFileSync(path, source);
const lineCount = source.split("\n").length - 1;
const ours = timePyarena(source);
const cpython = timeCPython(path);
console.log(`file: ${path}, ${lineCount} lines, ${source.length} bytes; median of ${RUNS} runs`);
console.log(`pyarena lex+parse+AST : ${ours.toFixed(1)} ms  (${Math.round(lineCount / (ours / 1000)).toLocaleString("en")} lines/s)`);
console.log(`CPython 3.12 ast.parse: ${cpython.toFixed(1)} ms  (${Math.round(lineCount / (cpython / 1000)).toLocaleString("en")} lines/s)`);
console.log(`ratio pyarena/CPython : ${(ours / cpython).toFixed(2)}`);
