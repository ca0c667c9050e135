// Assignment-target conversion and validation ("parse as expression, then convert to
// target", as CPython's grammar effectively does), with CPython's error texts.

import type { Expr, ExprContext } from "./ast.js";
import { STORE, DEL } from "./ast.js";

/** What CPython calls an expression in "cannot assign to %s" (_PyPegen_get_expr_name). */
export function exprName(e: Expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (typeof v === "symbol") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

export interface TargetError {
  node: Expr;
  msg: string;
}

/** First invalid node for a Store/Del target, or null. */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      return null;
    case "Starred":
      return del ? e : invalidTarget(e.value, del);
    case "Tuple": case "List":
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

/** Set ctx on a (validated) target tree, in place. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "Tuple": case "List":
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
    default:
      return;
  }
}

export function storeCtx(): ExprContext {
  return STORE;
}
export function delCtx(): ExprContext {
  return DEL;
}
