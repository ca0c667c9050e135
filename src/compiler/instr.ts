// The code generator's working form: a list of instructions per code unit, with
// jump targets as Labels bound to positions in that list. The assembler
// (assembler.ts) turns it into a CodeUnit.
import type { Op } from "./opcodes.js";

export interface Loc {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

/** CPython's NO_LOCATION: the instruction takes its line from the one before it. */
export const NO_LOCATION: Loc | null = null;

/**
 * Cell and free variable arguments before the final localsplus numbering is known:
 * the assembler maps CELL_BASE + i to the i-th cell and FREE_BASE + i to the i-th free variable.
 */
export const DEREF_CELL_BASE = 1 << 20;
export const DEREF_FREE_BASE = 1 << 21;

export class Label {
  /** index of the instruction this label points at, -1 until bound */
  index = -1;
}

export interface Instr {
  op: Op;
  arg: number;
  target: Label | null;
  loc: Loc | null;
}

export class InstrSequence {
  readonly instrs: Instr[] = [];
  /** positions that some label points at (a jump may land there) */
  readonly boundAt = new Set<number>();
  private readonly labels: Label[] = [];

  get length(): number {
    return this.instrs.length;
  }

  bind(label: Label): void {
    label.index = this.instrs.length;
    this.boundAt.add(label.index);
    this.labels.push(label);
  }

  /** The previous instruction if control cannot enter between it and the next one. */
  last(): Instr | undefined {
    if (this.boundAt.has(this.instrs.length)) return undefined;
    return this.instrs[this.instrs.length - 1];
  }

  /** The last `n` instructions when no label falls among them, else undefined. */
  lastN(n: number): Instr[] | undefined {
    const start = this.instrs.length - n;
    if (start < 0) return undefined;
    for (let i = start + 1; i <= this.instrs.length; i++) if (this.boundAt.has(i)) return undefined;
    return this.instrs.slice(start);
  }

  push(instr: Instr): void {
    this.instrs.push(instr);
  }

  /** Drop the last `n` instructions (peephole rewrites at emission time). */
  drop(n: number): void {
    this.instrs.length -= n;
  }

  /** Insert before everything emitted so far (generator prologue, cell set-up). */
  insertAtStart(instr: Instr): void {
    this.instrs.unshift(instr);
    for (const label of this.labels) label.index++;
    const shifted = [...this.boundAt].map((i) => i + 1);
    this.boundAt.clear();
    for (const i of shifted) this.boundAt.add(i);
  }
}
