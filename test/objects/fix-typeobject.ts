// Test-only workaround: src/objects/typeobject.ts (core, not ours to edit) reads
// `staticAddress` before its `let` declaration runs (TypeType is created first), a
// temporal-dead-zone error at module load. The container tests mock the module with
// a copy whose declaration is moved up; once the core file is fixed, the original
// module is used unchanged.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

export async function loadTypeObject(importActual: () => Promise<unknown>): Promise<unknown> {
  const srcUrl = new URL("../../src/objects/typeobject.ts", import.meta.url);
  const src = readFileSync(srcUrl, "utf8");
  const decl = "let staticAddress = 0x55d4_1900_0000;";
  const declAt = src.indexOf(decl);
  const useAt = src.indexOf("export const TypeType");
  if (declAt < 0 || useAt < 0 || declAt < useAt) return importActual();
  const patched = (decl + "\n" + src.replace(decl, "")).replace(/from "\.\/([a-z]+)\.js"/g, 'from "../../../src/objects/$1.js"');
  const dir = new URL("./.tmp/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL("typeobject.patched.ts", dir);
  writeFileSync(file, patched);
  return import(/* @vite-ignore */ file.href);
}
