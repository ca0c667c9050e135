// co_code: a code unit's instructions in CPython 3.12's byte form, for `code.co_code`
// and for the size of a code object (192 + len(co_code), rounded to 8). Each
// instruction is (opcode, arg) with CPython's opcode numbers, preceded by EXTENDED_ARG
// prefixes when the argument needs more than 8 bits and followed by its inline CACHE
// entries (Lib/opcode.py _inline_cache_entries); jumps are relative in code units.
// pyarena executes its own compact form (code.ts); this is the byte image CPython
// would hold, computed on demand.
import { Op, OP_INFO, ArgKind } from "./opcodes.js";
import type { CodeUnit } from "./code.js";

/** CPython 3.12's opcode number and inline cache entries, by opcode name. */
const CPYTHON: Record<string, readonly [number, number]> = {
  NOP: [9, 0], POP_TOP: [1, 0], PUSH_NULL: [2, 0], END_FOR: [4, 0], END_SEND: [5, 0],
  UNARY_NEGATIVE: [11, 0], UNARY_NOT: [12, 0], UNARY_INVERT: [15, 0],
  BINARY_SUBSCR: [25, 1], BINARY_SLICE: [26, 0], STORE_SLICE: [27, 0], STORE_SUBSCR: [60, 1], DELETE_SUBSCR: [61, 0],
  GET_ITER: [68, 0], GET_YIELD_FROM_ITER: [69, 0], PUSH_EXC_INFO: [35, 0], POP_EXCEPT: [89, 0], CHECK_EXC_MATCH: [36, 0],
  WITH_EXCEPT_START: [49, 0], BEFORE_WITH: [53, 0], CLEANUP_THROW: [55, 0], LOAD_BUILD_CLASS: [71, 0],
  LOAD_ASSERTION_ERROR: [74, 0], RETURN_GENERATOR: [75, 0], RETURN_VALUE: [83, 0], SETUP_ANNOTATIONS: [85, 0],
  LOAD_LOCALS: [87, 0], STORE_NAME: [90, 0], DELETE_NAME: [91, 0], UNPACK_SEQUENCE: [92, 1], FOR_ITER: [93, 1],
  UNPACK_EX: [94, 0], STORE_ATTR: [95, 4], DELETE_ATTR: [96, 0], STORE_GLOBAL: [97, 0], DELETE_GLOBAL: [98, 0],
  SWAP: [99, 0], LOAD_CONST: [100, 0], LOAD_NAME: [101, 0], BUILD_TUPLE: [102, 0], BUILD_LIST: [103, 0],
  BUILD_SET: [104, 0], BUILD_MAP: [105, 0], LOAD_ATTR: [106, 9], COMPARE_OP: [107, 1], IMPORT_NAME: [108, 0],
  IMPORT_FROM: [109, 0], JUMP_FORWARD: [110, 0], POP_JUMP_IF_FALSE: [114, 0], POP_JUMP_IF_TRUE: [115, 0],
  LOAD_GLOBAL: [116, 4], IS_OP: [117, 0], CONTAINS_OP: [118, 0], RERAISE: [119, 0], COPY: [120, 0],
  RETURN_CONST: [121, 0], BINARY_OP: [122, 1], SEND: [123, 1], LOAD_FAST: [124, 0], STORE_FAST: [125, 0],
  DELETE_FAST: [126, 0], LOAD_FAST_CHECK: [127, 0], POP_JUMP_IF_NOT_NONE: [128, 0], POP_JUMP_IF_NONE: [129, 0],
  RAISE_VARARGS: [130, 0], MAKE_FUNCTION: [132, 0], BUILD_SLICE: [133, 0], JUMP_BACKWARD_NO_INTERRUPT: [134, 0],
  MAKE_CELL: [135, 0], LOAD_CLOSURE: [136, 0], LOAD_DEREF: [137, 0], STORE_DEREF: [138, 0], DELETE_DEREF: [139, 0],
  JUMP_BACKWARD: [140, 0], LOAD_SUPER_ATTR: [141, 1], CALL_FUNCTION_EX: [142, 0], LOAD_FAST_AND_CLEAR: [143, 0],
  LIST_APPEND: [145, 0], SET_ADD: [146, 0], MAP_ADD: [147, 0], COPY_FREE_VARS: [149, 0], YIELD_VALUE: [150, 0],
  RESUME: [151, 0], FORMAT_VALUE: [155, 0], BUILD_CONST_KEY_MAP: [156, 0], BUILD_STRING: [157, 0],
  LIST_EXTEND: [162, 0], SET_UPDATE: [163, 0], DICT_MERGE: [164, 0], DICT_UPDATE: [165, 0], CALL: [171, 3],
  KW_NAMES: [172, 0], CALL_INTRINSIC_1: [173, 0], CALL_INTRINSIC_2: [174, 0], LOAD_FROM_DICT_OR_DEREF: [176, 0],
};
const EXTENDED_ARG = 144;

function extendedCount(arg: number): number {
  return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

interface Layout {
  info: { op: Op; cpy: number; caches: number; kind: ArgKind; arg: number }[];
  /** start of each instruction's EXTENDED_ARG prefixes, in code units (n + 1 entries) */
  offsets: number[];
  /** EXTENDED_ARG prefixes per instruction */
  ext: number[];
  /** the oparg each instruction carries (jumps relative, as CPython encodes them) */
  args: number[];
}

const layouts = new WeakMap<CodeUnit, Layout>();

/** Where each instruction sits in CPython's co_code (computed once per unit). */
function layout(unit: CodeUnit): Layout {
  const known = layouts.get(unit);
  if (known !== undefined) return known;
  const n = unit.instructionCount;
  const code = unit.code;
  const info = Array.from({ length: n }, (_, i) => {
    const op = code[i * 2]! as Op;
    const name = OP_INFO[op]!.name;
    const cpy = CPYTHON[name];
    if (cpy === undefined) throw new Error(`pyarena: no CPython opcode for ${name}`);
    return { op, cpy: cpy[0], caches: cpy[1], kind: OP_INFO[op]!.arg, arg: code[i * 2 + 1]! };
  });
  // offsets in code units, refined until the EXTENDED_ARG prefixes stop changing
  const ext = new Array<number>(n).fill(0);
  const offsets = new Array<number>(n + 1).fill(0);
  const args = new Array<number>(n).fill(0);
  for (let pass = 0; pass < 8; pass++) {
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + ext[i]! + 1 + info[i]!.caches;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const ins = info[i]!;
      const after = offsets[i + 1]!;
      let a = ins.arg;
      if (ins.kind === ArgKind.Jump) a = offsets[ins.arg]! - after;
      else if (ins.kind === ArgKind.JumpBack) a = after - offsets[ins.arg]!;
      args[i] = a;
      const e = extendedCount(a);
      if (e !== ext[i]) {
        ext[i] = e;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const result = { info, offsets, ext, args };
  layouts.set(unit, result);
  return result;
}

/** The co_code bytes of a unit. */
export function coCode(unit: CodeUnit): Uint8Array {
  const { info, offsets, ext, args } = layout(unit);
  const n = info.length;
  const bytes = new Uint8Array(offsets[n]! * 2);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const ins = info[i]!;
    const a = args[i]!;
    for (let k = ext[i]!; k > 0; k--) {
      bytes[pos++] = EXTENDED_ARG;
      bytes[pos++] = (a >>> (8 * k)) & 0xff;
    }
    bytes[pos++] = ins.cpy;
    bytes[pos++] = a & 0xff;
    pos += 2 * ins.caches;
  }
  return bytes;
}

/** f_lasti / tb_lasti: the byte offset in co_code of instruction `index` (its opcode, after any EXTENDED_ARG). */
export function byteOffsetOf(unit: CodeUnit, index: number): number {
  const { offsets, ext } = layout(unit);
  return (offsets[index]! + ext[index]!) * 2;
}

/** __sizeof__ of a code object: 192 + len(co_code), rounded up to 8 (co_extra aside). */
export function codeObjectSize(unit: CodeUnit): number {
  return (192 + coCode(unit).length + 7) & ~7;
}
