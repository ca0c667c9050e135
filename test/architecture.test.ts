// Dependencies point down only (docs/internals/architecture.md): every relative import
// in src/ must follow an allowed edge between top-level folders.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, it } from "vitest";

const ALLOWED: Record<string, string[]> = {
  cli: ["inspect", "modules", "vm", "compiler", "parser", "lexer", "objects", "memory", "values"],
  modules: ["vm", "objects", "memory", "values"],
  inspect: ["objects", "memory", "values"],
  vm: ["compiler", "parser", "lexer", "objects", "memory", "values", "inspect"],
  compiler: ["parser", "lexer", "values"],
  parser: ["lexer", "values"],
  lexer: [],
  objects: ["memory", "values"],
  memory: [],
  values: [],
};

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith(".ts")) yield path;
  }
}

/** "cli", "memory", ... for a path inside src/, or "" for src/debug.ts and other top files. */
function layerOf(src: string, path: string): string {
  const parts = relative(src, path).split("/");
  return parts.length > 1 ? parts[0]! : "";
}

function importViolations(src: string): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = layerOf(src, file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+["'](\.[^"']+)["']/g)) {
      const target = resolve(dirname(file), match[1]!);
      const to = layerOf(src, target);
      if (to === "" || to === from) continue; // src/debug.ts is open to every layer
      if (!(ALLOWED[from] ?? []).includes(to)) {
        violations.push(`src/${relative(src, file)} imports src/${relative(src, target)} (${from} may import ${ALLOWED[from]?.join(", ") || "nothing in src"})`);
      }
    }
  }
  return violations;
}

it("imports follow the layer directions", () => {
  expect(importViolations(resolve("src"))).toEqual([]);
});

it("reports an import against the direction", () => {
  const src = join(mkdtempSync(join(tmpdir(), "pyarena-arch-")), "src");
  mkdirSync(join(src, "memory"), { recursive: true });
  mkdirSync(join(src, "objects"), { recursive: true });
  writeFileSync(join(src, "objects", "object.ts"), "export const x = 1;\n");
  writeFileSync(join(src, "memory", "gc.ts"), 'import { x } from "../objects/object.js";\nexport const y = x;\n');
  expect(importViolations(src)).toEqual([
    "src/memory/gc.ts imports src/objects/object.js (memory may import nothing in src)",
  ]);
});
