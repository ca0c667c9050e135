// Extents of parenthesized expressions. CPython keeps the inner node's own position for
// `(a + b)`, but a node built around it starts/ends at the parentheses (its rule's first
// and last tokens). The parser records the parenthesized extent here and every position
// computed from child nodes goes through first()/last().

import type { Pos } from "./ast.js";

const OUTER = new WeakMap<object, Pos>();

export function setOuter(node: object, pos: Pos): void {
  OUTER.set(node, pos);
}

export function outer(node: Pos): Pos {
  return OUTER.get(node) ?? node;
}

/** position spanning from the start of a to the end of b (parentheses included) */
export function span(a: Pos, b: Pos): Pos {
  const x = OUTER.get(a) ?? a;
  const y = OUTER.get(b) ?? b;
  return { lineno: x.lineno, col_offset: x.col_offset, end_lineno: y.end_lineno, end_col_offset: y.end_col_offset };
}
