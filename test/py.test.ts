// The differential suite: every test/py/<area>/NAME.py is run through pyarena's CLI
// in-process, from the repository root with the same relative path CPython was given,
// and its stdout, stderr and exit status must equal NAME.expected (CPython 3.12's,
// written by tools/gen-expected.ts).
//
// test/py/KNOWN_GAPS lists programs pyarena does not yet run as CPython does (one path
// per line, `#` comments). Those must still differ: when one starts to match, the test
// fails until its line is removed, so the list never hides a fixed program.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main as srcMain } from "../src/cli/main.js";
import { argsFor, formatOutcome, normalizeRoot, type Outcome } from "../tools/outcome.js";

const ROOT = process.cwd();
// PYARENA_TEST_DIST=1 runs the suite on the built bundle (dist/bundle, what `npx pyarena`
// runs: esbuild output, const enums inlined) instead of the TypeScript sources.
const main: typeof srcMain = process.env.PYARENA_TEST_DIST ? (await import(join(ROOT, "dist/bundle/main.js"))).main : srcMain;
const PY_ROOT = "test/py";

async function runPyarena(args: string[]): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => "",
    cwd: ROOT,
    stdinIsTTY: false,
  });
  return { stdout, stderr, status };
}

const knownGaps = new Set(
  readFileSync(join(PY_ROOT, "KNOWN_GAPS"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean),
);

const areas = readdirSync(PY_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const area of areas) {
  const dir = join(PY_ROOT, area);
  const programs = readdirSync(dir).filter((f) => f.endsWith(".py") && !f.startsWith("_")).sort();
  describe(`test/py/${area}`, () => {
    for (const file of programs) {
      const relPath = `${dir}/${file}`;
      const gap = knownGaps.has(relPath);
      it(gap ? `${file} (known gap)` : file, async () => {
        const expected = readFileSync(relPath.replace(/\.py$/, ".expected"), "utf8");
        const outcome = normalizeRoot(await runPyarena(argsFor(area, relPath)), ROOT);
        if (gap) expect(formatOutcome(outcome), `${relPath} now matches CPython: remove it from test/py/KNOWN_GAPS`).not.toBe(expected);
        else expect(formatOutcome(outcome)).toBe(expected);
      });
    }
  });
}
