// Operator tables and precedence folding: the parser collects `a op b op c ...` at the
// bitwise-or level as one flat list and fold() builds the BinOp tree with Python's
// precedence (all these operators are left-associative; `**` is handled by the grammar).

import type { IToken } from "chevrotain";
import type { BinOp, BoolOp, CmpOp, CmpOpName, Compare, Expr, OperatorName, Pos, UnaryOp } from "./ast.js";
import { outer } from "./outer.js";

/** token image -> [ast operator name, binding power] */
export const BINOPS: Record<string, [OperatorName, number]> = {
  "|": ["BitOr", 1],
  "^": ["BitXor", 2],
  "&": ["BitAnd", 3],
  "<<": ["LShift", 4],
  ">>": ["RShift", 4],
  "+": ["Add", 5],
  "-": ["Sub", 5],
  "*": ["Mult", 6],
  "/": ["Div", 6],
  "//": ["FloorDiv", 6],
  "%": ["Mod", 6],
  "@": ["MatMult", 6],
};

export const AUGOPS: Record<string, OperatorName> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod",
  "&=": "BitAnd", "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift",
  "**=": "Pow", "//=": "FloorDiv",
};

export const CMPOPS: Record<string, CmpOpName> = {
  "<": "Lt", ">": "Gt", "==": "Eq", ">=": "GtE", "<=": "LtE", "!=": "NotEq",
  in: "In", "not in": "NotIn", is: "Is", "is not": "IsNot",
};

const OP_NODES = new Map<OperatorName, { _type: OperatorName }>();
export function opNode(name: OperatorName): { _type: OperatorName } {
  let n = OP_NODES.get(name);
  if (!n) {
    n = { _type: name };
    OP_NODES.set(name, n);
  }
  return n;
}

function binop(left: Expr, op: string, right: Expr): BinOp {
  const l = outer(left);
  const r = outer(right);
  return {
    _type: "BinOp",
    left,
    op: opNode(BINOPS[op]![0]),
    right,
    lineno: l.lineno,
    col_offset: l.col_offset,
    end_lineno: r.end_lineno,
    end_col_offset: r.end_col_offset,
  };
}

/**
 * Fold operands[0] ops[0] operands[1] ops[1] ... into a left-associative BinOp tree
 * respecting precedence (operator-precedence parsing with an explicit stack).
 */
export function fold(operands: Expr[], ops: string[]): Expr {
  if (ops.length === 0) return operands[0]!;
  if (ops.length === 1) return binop(operands[0]!, ops[0]!, operands[1]!);
  const vals: Expr[] = [operands[0]!];
  const opstack: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const p = BINOPS[op]![1];
    while (opstack.length > 0 && BINOPS[opstack[opstack.length - 1]!]![1] >= p) {
      const r = vals.pop()!;
      const l = vals.pop()!;
      vals.push(binop(l, opstack.pop()!, r));
    }
    opstack.push(op);
    vals.push(operands[i + 1]!);
  }
  while (opstack.length > 0) {
    const r = vals.pop()!;
    const l = vals.pop()!;
    vals.push(binop(l, opstack.pop()!, r));
  }
  return vals[0]!;
}

// ---- the full operator expression (disjunction down to bitwise_or) ------------------


/** operand (k 0), binary/comparison/boolean operator (k 1), prefix `not` (k 2) */
export type OpItem =
  | { k: 0; e: Expr }
  | { k: 1; op: string; tok: IToken }
  | { k: 2; tok: IToken };

export interface FoldHost {
  tp(t: IToken): Pos;
  failTok(msg: string, t: IToken): never;
}

const CMP_NODES = new Map<string, CmpOp>();
function cmpNode(op: string): CmpOp {
  let n = CMP_NODES.get(op);
  if (!n) {
    n = { _type: CMPOPS[op.slice(1)]! };
    CMP_NODES.set(op, n);
  }
  return n;
}

/**
 * Build the tree for a flat list produced by the grammar:
 *   or < and < not (prefix) < comparisons (chained) < | < ^ < & < shifts < + - < * / // % @
 */
export function foldOps(items: OpItem[], host: FoldHost): Expr {
  let i = 0;
  const n = items.length;
  const peekOp = (): string | null => {
    const it = items[i];
    return it && it.k === 1 ? it.op : null;
  };
  function operand(): Expr {
    const it = items[i];
    if (!it || it.k !== 0) host.failTok("invalid syntax", (it as { tok: IToken }).tok);
    i++;
    return it.e;
  }
  function parseBin(): Expr {
    const first = operand();
    let operands: Expr[] | null = null;
    let ops: string[] | null = null;
    for (;;) {
      const op = peekOp();
      if (op === null || BINOPS[op] === undefined) break;
      i++;
      (operands ??= [first]).push(operand());
      (ops ??= []).push(op);
    }
    return operands ? fold(operands, ops!) : first;
  }
  function parseCmp(): Expr {
    const left = parseBin();
    let ops: CmpOp[] | null = null;
    const comparators: Expr[] = [];
    for (;;) {
      const op = peekOp();
      if (op === null || op.charCodeAt(0) !== 99 /* c */) break;
      i++;
      (ops ??= []).push(cmpNode(op));
      comparators.push(parseBin());
    }
    if (!ops) return left;
    const last = outer(comparators[comparators.length - 1]!);
    const lo = outer(left);
    const c: Compare = {
      _type: "Compare", left, ops, comparators,
      lineno: lo.lineno, col_offset: lo.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
    return c;
  }
  function parseNot(): Expr {
    const it = items[i];
    if (it && it.k === 2) {
      i++;
      const operandE = parseNot();
      const p = host.tp(it.tok);
      const oe = outer(operandE);
      const u: UnaryOp = {
        _type: "UnaryOp", op: { _type: "Not" }, operand: operandE,
        lineno: p.lineno, col_offset: p.col_offset, end_lineno: oe.end_lineno, end_col_offset: oe.end_col_offset,
      };
      return u;
    }
    return parseCmp();
  }
  function parseBool(which: "and" | "or"): Expr {
    const first = which === "or" ? parseBool("and") : parseNot();
    let values: Expr[] | null = null;
    while (peekOp() === which) {
      i++;
      (values ??= [first]).push(which === "or" ? parseBool("and") : parseNot());
    }
    if (!values) return first;
    const last = outer(values[values.length - 1]!);
    const fo = outer(first);
    const b: BoolOp = {
      _type: "BoolOp", op: { _type: which === "or" ? "Or" : "And" }, values,
      lineno: fo.lineno, col_offset: fo.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
    return b;
  }
  const r = parseBool("or");
  if (i < n) {
    const it = items[i]!;
    host.failTok("invalid syntax", (it as { tok: IToken }).tok);
  }
  return r;
}
