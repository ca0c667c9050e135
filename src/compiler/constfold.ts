// The AST optimizer CPython 3.12 runs before code generation (Python/ast_opt.c):
// constant folding of unary and binary operations, constant tuples, constant
// subscripts, `__debug__`, `not (a in b)` → `a not in b`, and lists/sets iterated by
// `for` or tested by `in` turned into constant tuples/frozensets. Folding changes what
// programs observe (`2**10 is 1024`, shared constants), so the rules and the size
// limits (MAX_INT_SIZE, MAX_COLLECTION_SIZE, MAX_STR_SIZE, MAX_TOTAL_ITEMS) are
// CPython's. Where Python would raise, the expression is left alone, as CPython does.
import type * as A from "../parser/ast.js";
import type { Const, ConstFrozenset, ConstTuple } from "./code.js";
import { bitLength, divmodFloat, floorDivInt, intToFloat, modInt, powFloat, powInt, toBigInt, trueDivInt } from "../values/arith.js";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** A Constant node whose value may also be a folded tuple or frozenset. */
export interface FoldedConstant extends A.Pos {
  _type: "Constant";
  value: Const;
  kind: "u" | null;
}

export function isConstant(e: A.Expr): e is A.Constant {
  return e._type === "Constant";
}

function constValue(e: A.Expr): Const {
  return (e as unknown as FoldedConstant).value;
}

/** Replace `node` in place by a Constant (CPython's make_const + COPY_NODE). */
function makeConst(node: A.Expr, value: Const | undefined): void {
  if (value === undefined) return;
  const target = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    if (key !== "lineno" && key !== "col_offset" && key !== "end_lineno" && key !== "end_col_offset") delete target[key];
  }
  target["_type"] = "Constant";
  target["value"] = value;
  target["kind"] = null;
}

export function tuple(items: Const[]): ConstTuple {
  return { kind: "tuple", items };
}

function isTuple(v: Const): v is ConstTuple {
  return typeof v === "object" && v !== null && (v as ConstTuple).kind === "tuple";
}

function isFrozenset(v: Const): v is ConstFrozenset {
  return typeof v === "object" && v !== null && (v as ConstFrozenset).kind === "frozenset";
}

const isInt = (v: Const): v is bigint | boolean => typeof v === "bigint" || typeof v === "boolean";
const isBytes = (v: Const): v is Uint8Array => v instanceof Uint8Array;

// ---- the tree walk ----------------------------------------------------------------

export function foldModule(mod: A.Module): void {
  for (const s of mod.body) foldStmt(s);
}

function foldStmts(stmts: A.Stmt[]): void {
  for (const s of stmts) foldStmt(s);
}

function foldStmt(s: A.Stmt): void {
  switch (s._type) {
    case "For":
      foldExpr(s.target);
      foldExpr(s.iter);
      foldIter(s.iter);
      foldStmts(s.body);
      foldStmts(s.orelse);
      return;
    default:
      foldChildren(s);
  }
}

/** Visit every expression and statement below a node (astfold_* visit children first). */
function foldChildren(node: object): void {
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) foldNode(item);
    else foldNode(value);
  }
}

function foldNode(value: unknown): void {
  if (value === null || typeof value !== "object" || !("_type" in value)) return;
  const node = value as A.Node;
  if ("lineno" in node && isStmtType(node._type)) foldStmt(node as A.Stmt);
  else if (node._type === "comprehension") foldComprehension(node as A.Comprehension);
  else if ("lineno" in node && !NON_EXPR.has(node._type)) foldExpr(node as A.Expr);
  else foldChildren(node);
}

const NON_EXPR = new Set(["ExceptHandler", "arg", "keyword", "alias"]);
const STMTS = new Set([
  "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If", "With",
  "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);
function isStmtType(t: string): boolean {
  return STMTS.has(t);
}

function foldComprehension(c: A.Comprehension): void {
  foldExpr(c.target);
  foldExpr(c.iter);
  for (const cond of c.ifs) foldExpr(cond);
  foldIter(c.iter);
}

function foldExpr(e: A.Expr): void {
  foldChildren(e);
  switch (e._type) {
    case "UnaryOp":
      foldUnary(e);
      return;
    case "BinOp":
      foldBinOp(e);
      return;
    case "Compare": {
      const last = e.ops.length - 1;
      const op = e.ops[last]!._type;
      if (op === "In" || op === "NotIn") foldIter(e.comparators[last]!);
      return;
    }
    case "Tuple":
      if (e.ctx._type === "Load" && e.elts.every(isConstant)) makeConst(e, tuple(e.elts.map(constValue)));
      return;
    case "Subscript":
      if (e.ctx._type === "Load" && isConstant(e.value) && isConstant(e.slice)) makeConst(e, subscript(constValue(e.value), constValue(e.slice)));
      return;
    case "Name":
      if (e.ctx._type === "Load" && e.id === "__debug__") makeConst(e, true);
      return;
    default:
      return;
  }
}

/** A list or set that is only iterated becomes a constant tuple / frozenset (fold_iter). */
function foldIter(e: A.Expr): void {
  if (e._type === "List") {
    if (e.elts.some((x) => x._type === "Starred")) return;
    const asTuple = e as unknown as A.Tuple;
    asTuple._type = "Tuple";
    if (e.elts.every(isConstant)) makeConst(e, tuple(e.elts.map(constValue)));
  } else if (e._type === "Set") {
    if (e.elts.every(isConstant)) makeConst(e, { kind: "frozenset", items: dedupe(e.elts.map(constValue)) });
  }
}

function dedupe(items: Const[]): Const[] {
  const seen = new Set<string>();
  const out: Const[] = [];
  for (const item of items) {
    const key = hashableKey(item);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Equality key for set dedup: numbers that compare equal in Python share a key. */
function hashableKey(v: Const): string | undefined {
  if (typeof v === "boolean") return `n:${v ? 1 : 0}`;
  if (typeof v === "bigint") return `n:${v}`;
  if (typeof v === "number") return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`;
  if (typeof v === "string") return `s:${v}`;
  if (v === null) return "None";
  if (isBytes(v)) return `b:${Array.from(v).join(",")}`;
  if (isTuple(v)) {
    const keys = v.items.map(hashableKey);
    return keys.includes(undefined) ? undefined : `t:(${keys.join("|")})`;
  }
  return undefined;
}

// ---- unary --------------------------------------------------------------------------

const INVERTED: Partial<Record<A.CmpOpName, A.CmpOpName>> = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" };

function foldUnary(e: A.UnaryOp): void {
  const operand = e.operand;
  if (!isConstant(operand)) {
    if (e.op._type === "Not" && operand._type === "Compare" && operand.ops.length === 1) {
      const inverted = INVERTED[operand.ops[0]!._type];
      if (inverted) {
        operand.ops[0] = { _type: inverted };
        // COPY_NODE: the Compare replaces the UnaryOp, positions included.
        const target = e as unknown as Record<string, unknown>;
        delete target["op"];
        delete target["operand"];
        Object.assign(target, operand);
      }
    }
    return;
  }
  makeConst(e, unary(e.op._type, constValue(operand)));
}

function unary(op: A.UnaryOpName, v: Const): Const | undefined {
  if (op === "Not") {
    const t = truthy(v);
    return t === undefined ? undefined : !t;
  }
  if (isInt(v)) {
    const n = toBigInt(v);
    if (op === "USub") return -n;
    if (op === "UAdd") return n;
    return -n - 1n; // Invert
  }
  if (typeof v === "number") {
    if (op === "USub") return -v;
    if (op === "UAdd") return v;
    return undefined;
  }
  if (isComplex(v) && op !== "Invert") return op === "USub" ? { complex: true, real: -v.real, imag: -v.imag } : v;
  return undefined;
}

function truthy(v: Const): boolean | undefined {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (isBytes(v)) return v.length > 0;
  if (isTuple(v) || isFrozenset(v)) return v.items.length > 0;
  if (isComplex(v)) return v.real !== 0 || v.imag !== 0;
  return true;
}

// ---- binary -------------------------------------------------------------------------

function foldBinOp(e: A.BinOp): void {
  if (!isConstant(e.left) || !isConstant(e.right)) return;
  makeConst(e, binary(e.op._type, constValue(e.left), constValue(e.right)));
}

function binary(op: A.OperatorName, l: Const, r: Const): Const | undefined {
  switch (op) {
    case "Mult":
      return safeMultiply(l, r);
    case "Pow":
      if (isInt(l) && isInt(r) && toBigInt(l) !== 0n && toBigInt(r) > 0n) {
        if (bitLength(toBigInt(l)) > Math.floor(MAX_INT_SIZE / Number(toBigInt(r)))) return undefined;
      }
      return numeric(op, l, r);
    case "LShift":
      if (isInt(l) && isInt(r) && toBigInt(l) !== 0n && toBigInt(r) !== 0n) {
        const shift = toBigInt(r);
        if (shift < 0n || shift > BigInt(MAX_INT_SIZE) || bitLength(toBigInt(l)) > MAX_INT_SIZE - Number(shift)) return undefined;
      }
      return numeric(op, l, r);
    case "Mod":
      if (typeof l === "string" || isBytes(l)) return undefined; // %-formatting is left to run time
      return numeric(op, l, r);
    case "Add":
      return concat(l, r) ?? numeric(op, l, r);
    case "MatMult":
      return undefined;
    default:
      return numeric(op, l, r);
  }
}

function concat(l: Const, r: Const): Const | undefined {
  if (typeof l === "string" && typeof r === "string") return l + r;
  if (isBytes(l) && isBytes(r)) {
    const out = new Uint8Array(l.length + r.length);
    out.set(l);
    out.set(r, l.length);
    return out;
  }
  if (isTuple(l) && isTuple(r)) return tuple([...l.items, ...r.items]);
  return undefined;
}

function safeMultiply(l: Const, r: Const): Const | undefined {
  if (isInt(r) && !isInt(l) && (isTuple(l) || isFrozenset(l) || typeof l === "string" || isBytes(l))) return safeMultiply(r, l);
  if (isInt(l) && isInt(r)) {
    const a = toBigInt(l);
    const b = toBigInt(r);
    if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return undefined;
    return a * b;
  }
  if (isInt(l) && isTuple(r)) {
    const n = Number(toBigInt(l));
    const size = r.items.length;
    if (size) {
      if (n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return undefined;
      if (n && !withinComplexity(r, Math.floor(MAX_TOTAL_ITEMS / n))) return undefined;
    }
    return tuple(repeatItems(r.items, n));
  }
  if (isInt(l) && (typeof r === "string" || isBytes(r))) {
    const n = Number(toBigInt(l));
    const size = r.length;
    if (size && (n < 0 || n > Math.floor(MAX_STR_SIZE / size))) return undefined;
    if (typeof r === "string") return r.repeat(Math.max(0, n));
    return repeatBytes(r, Math.max(0, n));
  }
  return numeric("Mult", l, r);
}

/** check_complexity: nested constant tuples may hold at most `limit` items in total. */
function withinComplexity(v: Const, limit: number): boolean {
  let budget = limit;
  const walk = (c: Const): boolean => {
    if (!isTuple(c) && !isFrozenset(c)) return true;
    budget -= c.items.length;
    if (budget < 0) return false;
    return c.items.every(walk);
  };
  return walk(v);
}

function repeatItems(items: readonly Const[], n: number): Const[] {
  const out: Const[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return out;
}

function repeatBytes(b: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

function isComplex(v: Const): v is A.PyComplex {
  return typeof v === "object" && v !== null && (v as A.PyComplex).complex === true;
}

/** int/float/complex arithmetic with Python's result types. */
function numeric(op: A.OperatorName, l: Const, r: Const): Const | undefined {
  if (isInt(l) && isInt(r)) return intOp(op, l, r);
  if (isComplex(l) || isComplex(r)) return complexOp(op, l, r);
  const a = asFloat(l);
  const b = asFloat(r);
  if (a === undefined || b === undefined) return undefined;
  return floatOp(op, a, b);
}

function asFloat(v: Const): number | undefined {
  if (typeof v === "number") return v;
  if (isInt(v)) return intToFloat(toBigInt(v));
  return undefined;
}

function intOp(op: A.OperatorName, l: bigint | boolean, r: bigint | boolean): Const | undefined {
  if (typeof l === "boolean" && typeof r === "boolean") {
    if (op === "BitAnd") return l && r;
    if (op === "BitOr") return l || r;
    if (op === "BitXor") return l !== r;
  }
  const a = toBigInt(l);
  const b = toBigInt(r);
  switch (op) {
    case "Add": return a + b;
    case "Sub": return a - b;
    case "Mult": return a * b;
    case "Div": return trueDivInt(a, b);
    case "FloorDiv": return floorDivInt(a, b);
    case "Mod": return modInt(a, b);
    case "Pow": return powInt(a, b);
    case "LShift": return b < 0n ? undefined : a << b;
    case "RShift": return b < 0n ? undefined : a >> b;
    case "BitOr": return a | b;
    case "BitXor": return a ^ b;
    case "BitAnd": return a & b;
    default: return undefined;
  }
}

function floatOp(op: A.OperatorName, a: number, b: number): number | undefined {
  switch (op) {
    case "Add": return a + b;
    case "Sub": return a - b;
    case "Mult": return a * b;
    case "Div": return b === 0 ? undefined : a / b;
    case "FloorDiv": return divmodFloat(a, b)?.[0];
    case "Mod": return divmodFloat(a, b)?.[1];
    case "Pow": return powFloat(a, b);
    default: return undefined;
  }
}

function complexOp(op: A.OperatorName, l: Const, r: Const): Const | undefined {
  const a = toComplex(l);
  const b = toComplex(r);
  if (!a || !b) return undefined;
  switch (op) {
    case "Add": return { complex: true, real: a.real + b.real, imag: a.imag + b.imag };
    case "Sub": return { complex: true, real: a.real - b.real, imag: a.imag - b.imag };
    case "Mult": return { complex: true, real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
    default: return undefined; // division and powers: left to run time
  }
}

function toComplex(v: Const): A.PyComplex | undefined {
  if (isComplex(v)) return v;
  const f = asFloat(v);
  return f === undefined ? undefined : { complex: true, real: f, imag: 0 };
}

// ---- subscript ------------------------------------------------------------------------

function subscript(value: Const, index: Const): Const | undefined {
  if (!isInt(index)) return undefined;
  const i = Number(toBigInt(index));
  if (typeof value === "string") {
    const chars = [...value];
    const k = i < 0 ? i + chars.length : i;
    return k >= 0 && k < chars.length ? chars[k] : undefined;
  }
  if (isBytes(value)) {
    const k = i < 0 ? i + value.length : i;
    return k >= 0 && k < value.length ? BigInt(value[k]!) : undefined;
  }
  if (isTuple(value)) {
    const k = i < 0 ? i + value.items.length : i;
    return k >= 0 && k < value.items.length ? value.items[k] : undefined;
  }
  return undefined;
}
