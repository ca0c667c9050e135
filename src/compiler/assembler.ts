// From the code generator's instruction list to a CodeUnit (CPython: flowgraph.c and
// assemble.c). A single walk over the reachable instructions computes, per
// instruction, the value-stack depth and the innermost exception handler set up by
// the SETUP_* / POP_BLOCK pseudo-instructions; from that come the exception table,
// the maximum stack depth, and the removal of unreachable code and pseudo-ops.
import { CodeUnit, type Const, type ExceptionTableEntry } from "./code.js";
import { DEREF_CELL_BASE, DEREF_FREE_BASE, type Instr, type InstrSequence, type Loc } from "./instr.js";
import { OP_INFO, Op, isJump } from "./opcodes.js";

export interface AssembleOptions {
  addReturnNone: boolean;
  /** index of None in the unit's constants (added on demand) */
  noneConst(): number;
  /** the code object to fill in: names and localsplus already set */
  unit: CodeUnit;
  consts: Const[];
  /** the cell and free variable names in the order the code generator numbered them */
  cellNames: readonly string[];
  freeNames: readonly string[];
}

interface Handler {
  target: number;
  depth: number;
  lasti: boolean;
  outer: Handler | null;
}

const TERMINATORS = new Set<Op>([Op.RETURN_VALUE, Op.RETURN_CONST, Op.RAISE_VARARGS, Op.RERAISE]);
const UNCONDITIONAL = new Set<Op>([Op.JUMP, Op.JUMP_NO_INTERRUPT, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]);
const SETUPS = new Set<Op>([Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.SETUP_WITH]);

export function assemble(seq: InstrSequence, options: AssembleOptions): CodeUnit {
  const instrs = seq.instrs;
  if (options.addReturnNone && fallsOffEnd(seq)) {
    instrs.push({ op: Op.RETURN_CONST, arg: options.noneConst(), target: null, loc: null });
  }
  const code = options.unit;
  resolveDerefs(instrs, code, options.cellNames, options.freeNames);
  const flow = analyzeFlow(instrs);
  const kept = keptInstructions(instrs, flow.depth);
  return emitCode(code, instrs, kept, flow, options.consts);
}

function fallsOffEnd(seq: InstrSequence): boolean {
  const last = seq.instrs[seq.instrs.length - 1];
  if (!last || seq.boundAt.has(seq.instrs.length)) return true;
  return !TERMINATORS.has(last.op) && !UNCONDITIONAL.has(last.op);
}

/** Cell and free variable arguments become localsplus indexes. */
function resolveDerefs(instrs: Instr[], code: CodeUnit, cells: readonly string[], frees: readonly string[]): void {
  for (const ins of instrs) {
    if (ins.arg >= DEREF_FREE_BASE) ins.arg = code.localsplusnames.lastIndexOf(frees[ins.arg - DEREF_FREE_BASE]!);
    else if (ins.arg >= DEREF_CELL_BASE) ins.arg = code.localsplusnames.indexOf(cells[ins.arg - DEREF_CELL_BASE]!);
  }
}

interface Flow {
  /** stack depth on entry, -1 for unreachable */
  depth: Int32Array;
  handler: (Handler | null)[];
  maxDepth: number;
}

/** Propagate stack depth and the exception-handler stack along every path. */
function analyzeFlow(instrs: Instr[]): Flow {
  const depth = new Int32Array(instrs.length).fill(-1);
  const handler: (Handler | null)[] = new Array(instrs.length).fill(null);
  let maxDepth = 0;
  const work: number[] = [];
  const visit = (i: number, d: number, h: Handler | null) => {
    if (i >= instrs.length) return;
    if (d < 0) throw new Error(`assembler: negative stack depth at instruction ${i}`);
    if (depth[i] === -1) {
      depth[i] = d;
      handler[i] = h;
      maxDepth = Math.max(maxDepth, d);
      work.push(i);
    } else if (depth[i] !== d) {
      throw new Error(`assembler: inconsistent stack depth at instruction ${i} (${depth[i]} vs ${d})`);
    }
  };
  visit(0, 0, null);
  while (work.length) {
    const i = work.pop()!;
    const ins = instrs[i]!;
    const d = depth[i]!;
    const h = handler[i]!;
    const info = OP_INFO[ins.op]!;
    if (SETUPS.has(ins.op)) {
      const target = ins.target!.index;
      const handlerDepth = d + info.effect(0, true);
      const lasti = ins.op !== Op.SETUP_FINALLY;
      visit(target, handlerDepth, h);
      visit(i + 1, d, { target, depth: handlerDepth - 1 - (lasti ? 1 : 0), lasti, outer: h });
      continue;
    }
    if (ins.op === Op.POP_BLOCK) {
      visit(i + 1, d, h?.outer ?? null);
      continue;
    }
    // The frame of a generator resumes after RETURN_GENERATOR with the value sent in.
    const after = ins.op === Op.RETURN_GENERATOR ? d + 1 : d + info.effect(ins.arg, false);
    maxDepth = Math.max(maxDepth, after, d + info.effect(ins.arg, true));
    if (isJump(ins.op)) visit(ins.target!.index, d + info.effect(ins.arg, true), h);
    if (!TERMINATORS.has(ins.op) && !UNCONDITIONAL.has(ins.op)) visit(i + 1, after, h);
  }
  return { depth, handler, maxDepth };
}

/** Reachable instructions minus pseudo-ops and NOPs that carry no new line. */
function keptInstructions(instrs: Instr[], depth: Int32Array): boolean[] {
  propagateLocations(instrs);
  return instrs.map((ins, i) => {
    if (depth[i] === -1) return false;
    if (ins.op === Op.POP_BLOCK || SETUPS.has(ins.op)) return false;
    if (ins.op === Op.NOP) return !sameLineAsNeighbour(instrs, depth, i);
    return true;
  });
}

/** NO_LOCATION instructions take the location of the instruction before them. */
function propagateLocations(instrs: Instr[]): void {
  let prev: Loc | null = null;
  for (const ins of instrs) {
    if (ins.loc === null) ins.loc = prev;
    else prev = ins.loc;
  }
}

function sameLineAsNeighbour(instrs: Instr[], depth: Int32Array, i: number): boolean {
  const line = instrs[i]!.loc?.lineno ?? -1;
  if (line < 0) return true;
  for (let j = i + 1; j < instrs.length; j++) {
    if (depth[j] === -1 || instrs[j]!.op === Op.POP_BLOCK || SETUPS.has(instrs[j]!.op)) continue;
    return (instrs[j]!.loc?.lineno ?? -1) === line;
  }
  return false;
}

function emitCode(code: CodeUnit, instrs: Instr[], kept: boolean[], flow: Flow, consts: Const[]): CodeUnit {
  // New index of each old instruction (a removed one maps to the next kept one).
  const newIndex = new Int32Array(instrs.length + 1);
  let n = 0;
  for (let i = 0; i < instrs.length; i++) {
    newIndex[i] = n;
    if (kept[i]) n++;
  }
  newIndex[instrs.length] = n;
  const out = new Int32Array(n * 2);
  const positions = new Int32Array(n * 4).fill(-1);
  const handlers: (Handler | null)[] = [];
  let k = 0;
  for (let i = 0; i < instrs.length; i++) {
    if (!kept[i]) continue;
    const ins = instrs[i]!;
    let op = ins.op;
    let arg = ins.arg;
    if (ins.target) {
      arg = newIndex[ins.target.index]!;
      op = concreteJump(op, arg <= k);
    } else if (op === Op.STORE_FAST_MAYBE_NULL) {
      op = Op.STORE_FAST;
    }
    out[k * 2] = op;
    out[k * 2 + 1] = arg;
    const loc = ins.loc;
    if (loc) {
      positions[k * 4] = loc.lineno;
      positions[k * 4 + 1] = loc.end_lineno;
      positions[k * 4 + 2] = loc.col_offset;
      positions[k * 4 + 3] = loc.end_col_offset;
    }
    handlers.push(flow.handler[i]!);
    k++;
  }
  code.code = out;
  code.positions = positions;
  code.consts = consts;
  code.stacksize = flow.maxDepth;
  code.exceptionTable = exceptionTable(handlers, newIndex);
  return code;
}

/** JUMP pseudo-ops become forward or backward jumps, as the assembler's resolution does. */
function concreteJump(op: Op, backward: boolean): Op {
  if (op === Op.JUMP || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD) return backward ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
  if (op === Op.JUMP_NO_INTERRUPT) return backward ? Op.JUMP_BACKWARD_NO_INTERRUPT : Op.JUMP_FORWARD;
  return op;
}

/** Runs of instructions with the same innermost handler become one table entry. */
function exceptionTable(handlers: (Handler | null)[], newIndex: Int32Array): ExceptionTableEntry[] {
  const table: ExceptionTableEntry[] = [];
  let current: ExceptionTableEntry | null = null;
  handlers.forEach((h, i) => {
    const target = h ? newIndex[h.target]! : -1;
    if (current && h && current.target === target && current.depth === h.depth && current.lasti === h.lasti && current.end === i) {
      current.end = i + 1;
      return;
    }
    current = h ? { start: i, end: i + 1, target, depth: h.depth, lasti: h.lasti } : null;
    if (current) table.push(current);
  });
  return table;
}
