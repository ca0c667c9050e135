// Regenerates test/py/<area>/NAME.expected by running CPython 3.12 on each NAME.py,
// from the repository root and with the same relative path pyarena is given, so that
// file names in tracebacks agree.
//
//   npm run gen-expected                 all areas
//   npm run gen-expected -- ast syntax   only these areas
//
// For the `ast` area CPython prints ast.dump(ast.parse(source), indent=2); every other
// area runs the program. The .expected files are committed: tests never need Python.

import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DIFF_ENV, formatOutcome, normalizeRoot, type Outcome } from "./outcome.js";

const ROOT = new URL("..", import.meta.url).pathname;
const PY_ROOT = "test/py";
const AST_DUMP = "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), indent=2))";

function runCPython(area: string, relPath: string): Outcome {
  const args = area === "ast" ? ["-c", AST_DUMP, relPath] : [relPath];
  const result = spawnSync("python3", args, {
    cwd: ROOT,
    env: { ...process.env, ...DIFF_ENV, PYENV_VERSION: "3.12.1", PYTHONDONTWRITEBYTECODE: "1" },
    encoding: "utf8",
    input: "",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status ?? 1 };
}

function checkInterpreter(): void {
  const probe = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2])"], {
    env: { ...process.env, PYENV_VERSION: "3.12.1" },
    encoding: "utf8",
  });
  if (probe.stdout.trim() !== "(3, 12)") {
    throw new Error(`PYENV_VERSION=3.12.1 python3 is not CPython 3.12 (got ${probe.stdout.trim() || probe.stderr})`);
  }
}

function main(): void {
  checkInterpreter();
  const wanted = process.argv.slice(2);
  const areas = readdirSync(join(ROOT, PY_ROOT), { withFileTypes: true })
    .filter((d) => d.isDirectory() && (wanted.length === 0 || wanted.includes(d.name)))
    .map((d) => d.name)
    .sort();
  let count = 0;
  for (const area of areas) {
    const dir = join(PY_ROOT, area);
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".py") && !f.startsWith("_")).sort()) {
      const relPath = `${dir}/${file}`;
      const outcome = runCPython(area, relPath);
      writeFileSync(join(ROOT, relPath.replace(/\.py$/, ".expected")), formatOutcome(normalizeRoot(outcome, ROOT)));
      count++;
    }
  }
  console.log(`wrote ${count} .expected files in ${areas.join(", ") || "(no areas)"}`);
  if (!existsSync(join(ROOT, PY_ROOT))) process.exitCode = 1;
}

main();
