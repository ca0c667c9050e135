// CodeUnit: the compiler's product, plain data (no heap objects). The VM turns each
// into a code object when it loads a compilation unit, boxing the constants once per
// unit so that equal constants are one object across all code of the unit, as in
// CPython (the compiler's c_const_cache).
import type { ConstantValue } from "../parser/ast.js";

/** A constant tuple or frozenset (folded displays, keyword-name tuples, defaults). */
export interface ConstTuple {
  readonly kind: "tuple";
  readonly items: readonly Const[];
}
export interface ConstFrozenset {
  readonly kind: "frozenset";
  readonly items: readonly Const[];
}
export type Const = ConstantValue | ConstTuple | ConstFrozenset | CodeUnit;

export function isCodeUnit(c: Const): c is CodeUnit {
  return c instanceof CodeUnit;
}

/** co_flags bits (Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;

/** Kinds of localsplus entries (pycore_code.h). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export interface ExceptionTableEntry {
  /** instruction indexes [start, end) covered */
  start: number;
  end: number;
  /** instruction index of the handler */
  target: number;
  /** value-stack depth to unwind to before pushing the exception */
  depth: number;
  /** push the raising instruction's offset (lasti) below the exception */
  lasti: boolean;
}

export class CodeUnit {
  name = "";
  qualname = "";
  filename = "";
  firstlineno = 1;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** opcode, argument pairs */
  code: Int32Array = new Int32Array(0);
  /** per instruction: lineno, end_lineno, col (UTF-8 bytes), end col; -1 when absent */
  positions: Int32Array = new Int32Array(0);
  consts: Const[] = [];
  names: string[] = [];
  /** localsplus: parameters and locals, then cells that are not parameters, then free variables */
  localsplusnames: string[] = [];
  localspluskinds: number[] = [];
  exceptionTable: ExceptionTableEntry[] = [];
  stacksize = 0;
  /** run-time state of adaptive instructions (vm/adaptive.ts), made on first use: CPython keeps it inline in the code */
  adaptive: Int32Array | null = null;

  get instructionCount(): number {
    return this.code.length >> 1;
  }

  get varnames(): string[] {
    return this.localsplusnames.filter((_, i) => this.localspluskinds[i]! & CO_FAST_LOCAL);
  }

  get cellvars(): string[] {
    return this.localsplusnames.filter((_, i) => this.localspluskinds[i]! & CO_FAST_CELL);
  }

  get freevars(): string[] {
    return this.localsplusnames.filter((_, i) => this.localspluskinds[i]! & CO_FAST_FREE);
  }

  get nlocals(): number {
    return this.varnames.length;
  }
}
