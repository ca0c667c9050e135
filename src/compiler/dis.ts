// A disassembler laid out like Python 3.12's `dis` (line column, jump markers,
// offsets, opname, argument and its meaning, nested code objects, exception table).
// Offsets are 2 × the instruction index: pyarena has no inline caches, so offsets
// differ from CPython's where CPython has them.
import { type Const, CodeUnit, type ConstTuple } from "./code.js";
import { ArgKind, BINARY_OPS, COMPARE_OPS, INTRINSIC_1, INTRINSIC_2, OP_INFO, Op, isJump } from "./opcodes.js";
import { floatRepr } from "../values/floatrepr.js";
import { bytesRepr, strRepr } from "../values/strrepr.js";

export interface DisInstruction {
  opname: string;
  op: Op;
  arg: number | null;
  argrepr: string;
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
}

const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_CONVERSIONS = ["", "str", "repr", "ascii"];

/** repr() of a constant as dis shows it. */
export function constRepr(c: Const): string {
  if (c === null) return "None";
  switch (typeof c) {
    case "boolean": return c ? "True" : "False";
    case "bigint": return c.toString();
    case "number": return floatRepr(c);
    case "string": return strRepr(c);
    case "symbol": return "Ellipsis";
    default: break;
  }
  if (c instanceof Uint8Array) return bytesRepr(c);
  if (c instanceof CodeUnit) return `<code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>`;
  if ("complex" in c) return complexRepr(c.real, c.imag);
  const items = c.items.map(constRepr);
  if (c.kind === "tuple") return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  return items.length ? `frozenset({${items.join(", ")}})` : "frozenset()";
}

function complexRepr(real: number, imag: number): string {
  const im = Number.isInteger(imag) && Math.abs(imag) < 1e16 ? String(imag) : floatRepr(imag);
  if (real === 0 && !Object.is(real, -0)) return `${im}j`;
  const re = Number.isInteger(real) && Math.abs(real) < 1e16 ? String(real) : floatRepr(real);
  return `(${re}${imag >= 0 || Number.isNaN(imag) ? "+" : ""}${im}j)`;
}

function argRepr(code: CodeUnit, op: Op, arg: number): string {
  const info = OP_INFO[op]!;
  switch (info.arg) {
    case ArgKind.Const:
      return constRepr(code.consts[arg]!);
    case ArgKind.Name:
      return nameRepr(code, op, arg);
    case ArgKind.Local:
    case ArgKind.Deref:
      return code.localsplusnames[arg] ?? String(arg);
    case ArgKind.Jump:
    case ArgKind.JumpBack:
      return `to ${targetOffset(op, arg)}`;
    case ArgKind.Compare:
      return COMPARE_OPS[arg] ?? String(arg);
    case ArgKind.BinaryOp:
      return BINARY_OPS[arg] ?? String(arg);
    case ArgKind.Intrinsic:
      return (op === Op.CALL_INTRINSIC_1 ? INTRINSIC_1[arg] : INTRINSIC_2[arg]) ?? String(arg);
    default:
      return rawRepr(op, arg);
  }
}

function nameRepr(code: CodeUnit, op: Op, arg: number): string {
  if (op === Op.LOAD_GLOBAL) return (arg & 1 ? "NULL + " : "") + code.names[arg >> 1];
  if (op === Op.LOAD_ATTR) return (arg & 1 ? "NULL|self + " : "") + code.names[arg >> 1];
  if (op === Op.LOAD_SUPER_ATTR) return (arg & 1 ? "NULL|self + " : "") + code.names[arg >> 2];
  return code.names[arg] ?? String(arg);
}

function rawRepr(op: Op, arg: number): string {
  if (op === Op.MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
  if (op === Op.FORMAT_VALUE) return FORMAT_CONVERSIONS[arg & 3]! + (arg & 4 ? (arg & 3 ? ", with format" : "with format") : "");
  return "";
}

/** FOR_ITER and SEND leave the loop past the END_FOR / END_SEND they point at. */
function targetOffset(_op: Op, target: number): number {
  return target * 2;
}

export function instructions(code: CodeUnit): DisInstruction[] {
  const targets = new Set<number>();
  for (let i = 0; i < code.instructionCount; i++) {
    const op = code.code[i * 2]! as Op;
    if (isJump(op)) targets.add(code.code[i * 2 + 1]!);
  }
  for (const entry of code.exceptionTable) targets.add(entry.target);
  const out: DisInstruction[] = [];
  let lastLine = -1;
  for (let i = 0; i < code.instructionCount; i++) {
    const op = code.code[i * 2]! as Op;
    const arg = code.code[i * 2 + 1]!;
    const line = code.positions[i * 4]!;
    const startsLine = line !== lastLine && line >= 0 ? line : null;
    if (line >= 0) lastLine = line;
    const hasArg = OP_INFO[op]!.arg !== ArgKind.None;
    out.push({
      opname: OP_INFO[op]!.name,
      op,
      arg: hasArg ? arg : null,
      argrepr: hasArg ? argRepr(code, op, arg) : "",
      offset: i * 2,
      startsLine,
      isJumpTarget: targets.has(i),
    });
  }
  return out;
}

/** The text `python3 -m dis` prints for a module, nested code objects included. */
export function disassemble(code: CodeUnit): string {
  const lines: string[] = [];
  disassembleOne(code, lines);
  for (const c of code.consts) {
    if (c instanceof CodeUnit) {
      lines.push("", `Disassembly of ${constRepr(c)}:`);
      lines.push(...disassemble(c).split("\n"));
    }
  }
  return lines.join("\n");
}

function disassembleOne(code: CodeUnit, lines: string[]): void {
  const instrs = instructions(code);
  const maxLine = Math.max(-1, ...instrs.map((i) => i.startsLine ?? -1));
  const linenoWidth = maxLine < 0 ? 0 : Math.max(3, String(maxLine).length);
  const offsetWidth = Math.max(4, String(instrs.length * 2).length);
  instrs.forEach((ins, i) => {
    if (ins.startsLine !== null && i > 0) lines.push("");
    const fields: string[] = [];
    if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : " ".repeat(linenoWidth));
    fields.push("   ");
    fields.push(ins.isJumpTarget ? ">>" : "  ");
    fields.push(String(ins.offset).padStart(offsetWidth));
    fields.push(ins.opname.padEnd(20));
    if (ins.arg !== null) {
      fields.push(String(ins.arg).padStart(5));
      if (ins.argrepr) fields.push(`(${ins.argrepr})`);
    }
    lines.push(fields.join(" ").trimEnd());
  });
  if (code.exceptionTable.length) {
    lines.push("ExceptionTable:");
    for (const e of code.exceptionTable) {
      lines.push(`  ${e.start * 2} to ${(e.end - 1) * 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

export type { ConstTuple };
