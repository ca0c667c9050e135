// Assembly of string literals: adjacent-literal concatenation (str, bytes, f-strings),
// JoinedStr building with CPython 3.12's quirks.

import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from "./ast.js";

export type StrPart =
  | { kind: "str"; pos: Pos; value: string; bytes: boolean; u: boolean }
  | { kind: "f"; pos: Pos; values: (Constant | FormattedValue)[] };

export function constant(value: Constant["value"], pos: Pos, kind: "u" | null = null): Constant {
  return {
    _type: "Constant",
    value,
    kind,
    lineno: pos.lineno,
    col_offset: pos.col_offset,
    end_lineno: pos.end_lineno,
    end_col_offset: pos.end_col_offset,
  };
}

function latin1ToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Result of concatenating the parts; "mix" when bytes and non-bytes are mixed. */
export function concatStrings(parts: StrPart[], whole: Pos): Expr | "mix" {
  const first = parts[0]!;
  let anyBytes = false;
  let anyStr = false;
  let anyF = false;
  for (const p of parts) {
    if (p.kind === "f") {
      anyF = true;
      anyStr = true;
    } else if (p.bytes) anyBytes = true;
    else anyStr = true;
  }
  if (anyBytes && anyStr) return "mix";
  if (!anyF) {
    let s = "";
    for (const p of parts) s += (p as { value: string }).value;
    if (anyBytes) {
      const c = constant(latin1ToBytes(s), whole);
      if (parts.length > 1) c.joinedBytes = true;
      return c;
    }
    return constant(s, whole, first.kind === "str" && first.u ? "u" : null);
  }
  // f-string: merge adjacent constant pieces, drop empty ones
  const values: (Constant | FormattedValue)[] = [];
  let pend: { value: string; pos: Pos } | null = null;
  const flush = () => {
    if (pend && pend.value !== "") values.push(constant(pend.value, pend.pos, pendKind));
    pend = null;
  };
  let pendKind: "u" | null = null;
  const addConst = (value: string, pos: Pos, kind: "u" | null) => {
    if (!pend) pendKind = kind;
    if (pend) {
      pend.value += value;
      pend.pos = { ...pend.pos, end_lineno: pos.end_lineno, end_col_offset: pos.end_col_offset };
    } else pend = { value, pos };
  };
  for (const p of parts) {
    if (p.kind === "str") addConst(p.value, p.pos, p.u ? "u" : null);
    else {
      for (const v of p.values) {
        if (v._type === "Constant") addConst(v.value as string, v, null);
        else {
          flush();
          values.push(v);
        }
      }
    }
  }
  flush();
  const js: JoinedStr = {
    _type: "JoinedStr",
    values,
    lineno: whole.lineno,
    col_offset: whole.col_offset,
    end_lineno: whole.end_lineno,
    end_col_offset: whole.end_col_offset,
  };
  return js;
}

/** The JoinedStr of a format spec (3.12 appends Constant('') after a trailing field). */
export function formatSpec(values: (Constant | FormattedValue)[], pos: Pos): JoinedStr {
  const out = values.slice();
  const last = out[out.length - 1];
  if (last && last._type === "FormattedValue") {
    out.push(constant("", { lineno: last.end_lineno, col_offset: last.end_col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset }));
  }
  return { _type: "JoinedStr", values: out, ...pos };
}
