// The interactive prompt against CPython 3.12's own: each test/cli/repl/NAME.in is a
// session, NAME.stdout / NAME.stderr what `python3 -i` printed for it
// (tools/gen-repl-expected.sh; prompts are on stderr there, and here too).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { interact } from "../../src/cli/repl.js";

const DIR = join(import.meta.dirname, "repl");

async function* linesOf(text: string): AsyncIterable<string> {
  for (const line of text.split("\n").slice(0, -1)) yield line;
}

describe("REPL sessions equal CPython 3.12's", () => {
  for (const input of readdirSync(DIR).filter((f) => f.endsWith(".in"))) {
    const name = input.slice(0, -3);
    test(name, async () => {
      let stdout = "";
      let stderr = "";
      const io = {
        stdout: (t: string) => void (stdout += t),
        stderr: (t: string) => void (stderr += t),
        readStdin: () => "",
        cwd: DIR,
        stdinIsTTY: true,
      };
      const status = await interact(linesOf(readFileSync(join(DIR, input), "utf8")), io, (p) => io.stderr(p));
      expect(stdout).toBe(readFileSync(join(DIR, `${name}.stdout`), "utf8"));
      expect(stderr).toBe(readFileSync(join(DIR, `${name}.stderr`), "utf8"));
      expect(status).toBe(Number(readFileSync(join(DIR, `${name}.status`), "utf8")));
    });
  }
});
