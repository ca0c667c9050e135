// Compares `pyarena --ast` with CPython 3.12's ast.dump on every program of test/py except the
// syntax-error area (needs PYENV_VERSION=3.12.1 python3; not part of npm test):
//   npx tsx tools/check-ast.ts
import { readFileSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { parse } from "../src/parser/parser.js";
import { dumpAst } from "../src/cli/astdump.js";
let same = 0, diff = 0, skipped = 0;
const files: string[] = [];
for (const area of readdirSync("test/py")) {
  if (area === "syntax" || area.includes(".") || area === "KNOWN_GAPS") continue;
  for (const f of readdirSync(`test/py/${area}`)) if (f.endsWith(".py")) files.push(`test/py/${area}/${f}`);
}
const script = `import ast,sys,json
out={}
for p in sys.argv[1:]:
    out[p]=ast.dump(ast.parse(open(p).read()), indent=2)
print(json.dumps(out))`;
const r = spawnSync("python3", ["-c", script, ...files], { env: { ...process.env, PYENV_VERSION: "3.12.1" }, encoding: "utf8", maxBuffer: 1 << 28 });
const expected = JSON.parse(r.stdout);
for (const f of files) {
  let ours: string;
  try { ours = dumpAst(parse(readFileSync(f, "utf8"), f, "exec")); } catch { skipped++; continue; }
  if (ours === expected[f]) same++; else { diff++; console.log("DIFF", f); }
}
console.log({ files: files.length, same, diff, skipped });
