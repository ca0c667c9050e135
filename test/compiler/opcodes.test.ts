// The opcode table against CPython 3.12: every instruction pyarena shares with CPython
// has CPython's stack effect (test/fixtures/stack_effects.json, from dis.stack_effect).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OP_COUNT, OP_INFO, ArgKind } from "../../src/compiler/opcodes.js";

type Row = [number | null, boolean, number];
const fixture = JSON.parse(readFileSync("test/fixtures/stack_effects.json", "utf8")) as Record<string, Row[]>;

describe("opcode table", () => {
  it("names every opcode once", () => {
    const names = OP_INFO.map((i) => i.name);
    expect(names.length).toBe(OP_COUNT);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const info of OP_INFO) {
    it(`${info.name} has CPython's stack effect`, () => {
      const rows = fixture[info.name];
      expect(rows, `${info.name} is not a CPython 3.12 opcode`).toBeDefined();
      const checked = rows!.filter(([arg]) => (arg === null) === (info.arg === ArgKind.None));
      // dis.stack_effect refuses the pseudo-instructions the compiler resolves itself.
      if (info.pseudo && rows!.length === 0) return;
      expect(checked.length).toBeGreaterThan(0);
      for (const [arg, jump, effect] of checked) {
        expect([arg, jump, info.effect(arg ?? 0, jump)]).toEqual([arg, jump, effect]);
      }
    });
  }
});
