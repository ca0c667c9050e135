// Per-parse context (source map, byte columns, helpers used by the grammar actions) and
// the translation of chevrotain's recognition exceptions into CPython 3.12's
// SyntaxError messages and caret positions.

import type { IRecognitionException, IToken } from "chevrotain";
import { EOF } from "chevrotain";
import * as T from "../lexer/tokens.js";
import type { PyToken } from "../lexer/tokens.js";
import { makeError, type SourceMap } from "../lexer/layout.js";
import { PySyntaxError, type SyntaxErrorKind } from "../lexer/syntaxerror.js";
import { decodeStringBody, LiteralError, parseNumber, splitString } from "../lexer/literals.js";
import type * as A from "./ast.js";
import type { StrPart } from "./strings.js";
import { constant } from "./strings.js";
import { exprName } from "./targets.js";

const CLOSERS = new Set<unknown>([T.RParen, T.RSqb, T.RBrace]);
const OPENERS = new Set<unknown>([T.LParen, T.LSqb, T.LBrace]);
const ATOM_END = new Set<unknown>([
  T.Name, T.Number, T.String, T.FStringEnd, T.RParen, T.RSqb, T.RBrace, T.KwTrue, T.KwFalse, T.KwNone, T.Ellipsis,
]);
const ATOM_START = new Set<unknown>([
  T.Name, T.Number, T.String, T.FStringStart, T.LParen, T.LSqb, T.LBrace, T.KwTrue, T.KwFalse, T.KwNone, T.Ellipsis,
  T.KwLambda, T.KwNot, T.Tilde,
]);

export class ParseContext {
  readonly parenthesized = new WeakSet<object>();
  readonly walrusTok = new WeakMap<object, IToken>();
  /** first `for` token of a comprehension's generator list (for error positions) */
  readonly forTok = new WeakMap<object, IToken>();
  unclosed: PySyntaxError | null = null;
  unclosedLine = 0;
  readonly bareGenexp = new WeakSet<object>();
  private lineKind: Uint8Array;

  constructor(
    readonly map: SourceMap,
    readonly filename: string,
    readonly tokens: PyToken[],
  ) {
    this.lineKind = new Uint8Array(map.lineStarts.length + 2);
  }

  /** UTF-8 byte column of a UTF-16 column on a 1-based line. */
  bcol(line: number, col16: number): number {
    let k = this.lineKind[line];
    if (k === 0 || k === undefined) {
      const text = this.map.lineText(line);
      k = 1;
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) >= 128) {
          k = 2;
          break;
        }
      }
      this.lineKind[line] = k;
    }
    if (k === 1) return col16;
    return Buffer.byteLength(this.map.lineText(line).slice(0, col16), "utf8");
  }

  /** UTF-16 column from a byte column. */
  col16(line: number, bcol: number): number {
    if (bcol < 0) return bcol;
    if (this.lineKind[line] === 1) return bcol;
    const text = this.map.lineText(line);
    const buf = Buffer.from(text, "utf8");
    return buf.subarray(0, bcol).toString("utf8").length;
  }

  errorAt(kind: SyntaxErrorKind, msg: string, a: A.Pos, b: A.Pos, rawEnd?: number): PySyntaxError {
    return makeError(
      this.map, this.filename, kind, msg,
      a.lineno, this.col16(a.lineno, a.col_offset),
      b.end_lineno, this.col16(b.end_lineno, b.end_col_offset), rawEnd,
    );
  }

  errorAtToken(kind: SyntaxErrorKind, msg: string, t: IToken): PySyntaxError {
    const k = t as PyToken;
    if (k.tokenType === EOF || k.startLine === undefined) {
      const last = this.tokens[this.tokens.length - 1];
      if (!last) return makeError(this.map, this.filename, kind, msg, 1, 0);
      return makeError(this.map, this.filename, kind, msg, last.endLine, last.endColumn);
    }
    let endCol = k.endColumn;
    if (k.endLine === k.startLine && endCol === k.startColumn) endCol++;
    return makeError(this.map, this.filename, kind, msg, k.startLine, k.startColumn, k.endLine, endCol);
  }

  /** fail at a node or a token */
  failAny(msg: string, at: A.Pos | IToken): never {
    if ("image" in at) throw this.errorAtToken("SyntaxError", msg, at);
    throw this.errorAt("SyntaxError", msg, at, at);
  }

  indexOf(t: IToken): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.startOffset < t.startOffset) lo = mid + 1;
      else hi = mid;
    }
    while (lo < toks.length && toks[lo] !== t) lo++;
    return lo < toks.length ? lo : -1;
  }

  // ---- soft keywords and unsupported features -----------------------------------------
  softKeywordStmt(t1: IToken, t2: IToken): boolean {
    if (t1.tokenType !== T.Name) return false;
    const img = t1.image;
    if (img === "match") {
      const tt = t2.tokenType;
      if (tt === T.Equal || tt === T.Dot || tt === T.Colon || tt === T.Newline || tt === T.Comma || tt === T.Semi
        || tt === T.AugAssign || (tt.CATEGORIES ?? []).includes(T.AugAssign) || tt === T.BinOperator
        || (tt.CATEGORIES ?? []).includes(T.CompOperator)) {
        // `match(x)` / `match[x]` / `match -x` may still be a match statement; decide by the line's last token
        if (tt !== T.LParen && tt !== T.LSqb && tt !== T.Minus && tt !== T.Star) return false;
      }
      const i = this.indexOf(t1);
      let j = i;
      while (j < this.tokens.length && this.tokens[j]!.tokenType !== T.Newline) j++;
      const last = this.tokens[j - 1];
      return !!last && last.tokenType === T.Colon && j - 1 > i + 1;
    }
    if (img === "type") {
      if (t2.tokenType !== T.Name) return false;
      const i = this.indexOf(t1);
      const t3 = this.tokens[i + 2];
      return !!t3 && (t3.tokenType === T.Equal || t3.tokenType === T.LSqb);
    }
    return false;
  }

  unsupportedSoft(t: IToken): never {
    const msg = t.image === "match"
      ? "pyarena does not support 'match' statements yet"
      : "pyarena does not support 'type' statements yet";
    throw this.errorAtToken("SyntaxError", msg, t);
  }

  expectedIndent(kind: string, line: number, next: IToken, nl: IToken): never {
    const msg = `expected an indented block after ${kind} on line ${line}`;
    void nl;
    if (next.tokenType === EOF || next.tokenType === T.DEDENT && (next as PyToken).startOffset >= this.map.source.length) {
      // at the end of input CPython points just past the last line
      const last = this.map.lastLineNo();
      const text = this.map.lineText(last);
      throw makeError(this.map, this.filename, "IndentationError", msg, last, text.length, last, -1);
    }
    throw this.errorAtToken("IndentationError", msg, next);
  }

  /** At `with (`: is this the parenthesized with-items form? */
  parenthesizedWithItems(lp: IToken): boolean {
    if (lp.tokenType !== T.LParen) return false;
    const i = this.indexOf(lp);
    let depth = 0;
    let sawAs = false;
    for (let j = i; j < this.tokens.length; j++) {
      const tt = this.tokens[j]!.tokenType;
      if (OPENERS.has(tt)) depth++;
      else if (CLOSERS.has(tt)) {
        depth--;
        if (depth === 0) {
          const after = this.tokens[j + 1];
          if (!after) return false;
          if (after.tokenType === T.Colon) return true;
          return false;
        }
      } else if (depth === 1 && tt === T.KwAs) sawAs = true;
    }
    return sawAs;
  }

  lastExprEnd(t: IToken): A.Pos {
    const k = t as PyToken;
    const c = this.bcol(k.startLine, k.startColumn);
    return { lineno: k.startLine, col_offset: c, end_lineno: k.endLine, end_col_offset: this.bcol(k.endLine, k.endColumn) };
  }

  // ---- node helpers ----------------------------------------------------------------------
  gens(g: Array<A.Comprehension & { end?: A.Pos }>): A.Comprehension[] {
    for (const x of g) delete x.end;
    return g;
  }

  genexp(elt: A.Expr, g: Array<A.Comprehension & { end?: A.Pos }>, pos: A.Pos | null): A.GeneratorExp {
    const last = g[g.length - 1]!;
    const p = pos ?? { lineno: elt.lineno, col_offset: elt.col_offset, end_lineno: last.end!.end_lineno, end_col_offset: last.end!.end_col_offset };
    const node: A.GeneratorExp = { _type: "GeneratorExp", elt, generators: this.gens(g), ...p };
    if (!pos) this.bareGenexp.add(node);
    return node;
  }

  buildCall(items: Array<{ kind: "pos" | "star" | "kw" | "dstar"; e: A.Expr; kw?: A.Keyword }>, next: IToken, lenient = false): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKw = false;
    let sawDstar = false;
    for (const it of items) {
      if (lenient) {
        if (it.kind === "pos" || it.kind === "star") args.push(it.e);
        else keywords.push(it.kw!);
        continue;
      }
      switch (it.kind) {
        case "pos":
          if (sawDstar) this.failAny("positional argument follows keyword argument unpacking", next);
          if (sawKw) this.failAny("positional argument follows keyword argument", next);
          args.push(it.e);
          break;
        case "star":
          if (sawDstar) {
            const p = it.e;
            this.failAny("iterable argument unpacking follows keyword argument unpacking", { ...p, end_lineno: p.lineno, end_col_offset: p.col_offset + 1 });
          }
          args.push(it.e);
          break;
        case "kw":
          sawKw = true;
          keywords.push(it.kw!);
          break;
        case "dstar":
          sawDstar = true;
          keywords.push(it.kw!);
          break;
      }
    }
    return { args, keywords };
  }

  badKeyword(e: A.Expr, eq: A.Pos): never {
    if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) {
      this.failAny(`cannot assign to ${exprName(e)}`, e);
    }
    throw this.errorAt("SyntaxError", 'expression cannot contain assignment, perhaps you meant "=="?', e, eq);
  }

  number(t: IToken, pos: A.Pos): A.Constant {
    const v = parseNumber(t.image);
    if (typeof v === "object") return constant({ complex: true, real: 0, imag: v.imag }, pos);
    return constant(v, pos);
  }

  stringPart(t: IToken, pos: A.Pos): StrPart {
    const { prefix, body } = splitString(t.image);
    const bytes = prefix.includes("b");
    try {
      const value = decodeStringBody(body, prefix.includes("r"), bytes);
      return { kind: "str", pos, value, bytes, u: t.image.charCodeAt(0) === 117 /* lowercase u */ };
    } catch (e) {
      if (e instanceof LiteralError) throw this.errorAtToken("SyntaxError", e.message, t);
      throw e;
    }
  }

  checkErrors(errors: IRecognitionException[]): void {
    const e = errors[0];
    if (e) throw translateError(e, this);
  }
}

function isRecognition(e: unknown): e is IRecognitionException {
  return typeof e === "object" && e !== null && "token" in e && "name" in e;
}

/** chevrotain exception -> PySyntaxError with CPython's text and caret. */
export function translateError(e: unknown, ctx: ParseContext): PySyntaxError {
  const r = translateError1(e, ctx);
  // CPython re-tokenizes the rest of the file after a generic error: a bracket left open
  // on an earlier line than the error wins ("'(' was never closed")
  if (ctx.unclosed && (r.msg === "invalid syntax" || r.msg.startsWith("invalid syntax. Perhaps") || r.msg === "expected ':'")) {
    const errLine = isRecognition(e) && (e.token as PyToken).startLine !== undefined ? Math.max(r.lineno, (e.token as PyToken).startLine) : r.lineno;
    if (errLine > ctx.unclosedLine || isRecognition(e) && (e.token.tokenType === EOF || (e.token as PyToken).startOffset >= ctx.map.source.length)) return ctx.unclosed;
  }
  return r;
}

function translateError1(e: unknown, ctx: ParseContext): PySyntaxError {
  if (e instanceof PySyntaxError) return e;
  if (!isRecognition(e)) {
    if (e instanceof RangeError) {
      return new PySyntaxError("SyntaxError", "too many nested parentheses", { lineno: 1, offset: 1 }, ctx.filename, ctx.map.lineText(1));
    }
    throw e;
  }
  const tok = e.token as PyToken;
  const toks = ctx.tokens;
  if (toks.length === 0 && tok.tokenType === EOF) {
    // nothing to parse at all: CPython reports line 0 (empty source) or the last line, offset 0
    const n = ctx.map.source.length === 0 ? 0 : ctx.map.lastLineNo();
    return new PySyntaxError("SyntaxError", "invalid syntax", { lineno: n, offset: 0, end_lineno: n, end_offset: 0 }, ctx.filename, n ? ctx.map.lineText(n) : null);
  }
  const idx = tok.tokenType === EOF ? toks.length : ctx.indexOf(tok);
  const tt = tok.tokenType;
  if (tt === T.INDENT) {
    return makeError(ctx.map, ctx.filename, "IndentationError", "unexpected indent", tok.startLine, tok.startColumn - 1, tok.startLine, -1);
  }
  // statement-level checks: find the start of the logical line
  let ls = idx - 1;
  while (ls >= 0 && toks[ls]!.tokenType !== T.Newline && toks[ls]!.tokenType !== T.INDENT && toks[ls]!.tokenType !== T.DEDENT) ls--;
  ls++;
  const first = toks[ls];
  if (first && first.tokenType === T.Name && (first.image === "print" || first.image === "exec") && idx === ls + 1 && ATOM_START.has(tt)) {
    let j = idx;
    while (j < toks.length && toks[j]!.tokenType !== T.Newline) j++;
    const last = toks[j - 1]!;
    return makeError(
      ctx.map, ctx.filename, "SyntaxError",
      `Missing parentheses in call to '${first.image}'. Did you mean ${first.image}(...)?`,
      first.startLine, first.startColumn, last.endLine, last.endColumn,
    );
  }
  if (first && first.tokenType === T.Name && ctx.softKeywordStmt(first, toks[ls + 1] ?? tok)) ctx.unsupportedSoft(first);
  const prev = toks[idx - 1];
  // depth of brackets at the error
  let depth = 0;
  for (let j = ls; j < idx; j++) {
    const t = toks[j]!.tokenType;
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) depth--;
  }

  if ((e.message === "expected ':'" && tt === T.Newline) || e.message === "expected ':' (forced)") {
    return ctx.errorAtToken("SyntaxError", "expected ':'", tok);
  }
  if (e.message === "expected '(' (forced)") return ctx.errorAtToken("SyntaxError", "expected '('", tok);
  if (first && first.tokenType === T.KwImport && tt === T.KwFrom) {
    let j = idx;
    while (j < toks.length && toks[j]!.tokenType !== T.Newline) j++;
    const last = toks[j - 1]!;
    return makeError(ctx.map, ctx.filename, "SyntaxError", "Did you mean to use 'from ... import ...' instead?",
      first.startLine, first.startColumn, last.endLine, last.endColumn);
  }
  if (tt === T.KwFor) {
    // [a, b for ...]: CPython suggests parentheses around the target
    let d = 0;
    let comma = false;
    let open = -1;
    for (let j = idx - 1; j >= 0; j--) {
      const t = toks[j]!.tokenType;
      if (CLOSERS.has(t)) d++;
      else if (OPENERS.has(t)) {
        if (d === 0) { open = j; break; }
        d--;
      } else if (d === 0 && t === T.Comma) comma = true;
    }
    const ot = open >= 0 ? toks[open]!.tokenType : null;
    if (comma && (ot === T.LSqb || ot === T.LBrace) && prev && prev.tokenType !== T.Comma) {
      const a = toks[open + 1]!;
      return makeError(ctx.map, ctx.filename, "SyntaxError", "did you forget parentheses around the comprehension target?",
        a.startLine, a.startColumn, prev.endLine, prev.endColumn);
    }
  }
  if (prev && prev.tokenType === T.Colon && tt === T.Star && innermostOpen(toks, idx) === T.LBrace) {
    const nx = toks[idx + 1] ?? tok;
    return makeError(ctx.map, ctx.filename, "SyntaxError", "cannot use a starred expression in a dictionary value",
      tok.startLine, tok.startColumn, nx.endLine, nx.endColumn);
  }
  if (prev && prev.tokenType === T.Colon && (tt === T.RBrace || tt === T.Comma) && innermostOpen(toks, idx) === T.LBrace) {
    return ctx.errorAtToken("SyntaxError", "expression expected after dictionary key and ':'", prev);
  }
  const inParams = isInDefParams(toks, idx);
  if (inParams && prev && prev.tokenType === T.Equal && (tt === T.Comma || tt === T.RParen)) {
    return ctx.errorAtToken("SyntaxError", "expected default value expression", prev);
  }
  if (inParams && tt === T.LParen && prev && (prev.tokenType === T.Comma || prev.tokenType === T.LParen || prev.tokenType === T.Star || prev.tokenType === T.Slash)) {
    const close = toks[primaryEnd(toks, idx)] ?? tok;
    return makeError(ctx.map, ctx.filename, "SyntaxError", "Function parameters cannot be parenthesized",
      tok.startLine, tok.startColumn, close.endLine, close.endColumn);
  }
  const ft = first?.tokenType;
  // the hint comes from CPython's invalid_named_expression: conditions and displays
  const exprContext = ft !== T.KwImport && ft !== T.KwFrom && ft !== T.KwGlobal && ft !== T.KwNonlocal
    && (depth > 0 || ft === T.KwIf || ft === T.KwElif || ft === T.KwWhile);
  if (tt === T.Equal && prev && prev.tokenType === T.Name && toks[idx - 2]?.tokenType !== T.Dot && !inParams && exprContext) {
    let j = idx + 1;
    while (toks[j] && (toks[j]!.tokenType === T.Minus || toks[j]!.tokenType === T.Plus || toks[j]!.tokenType === T.Tilde)) j++;
    const bEnd = toks[j] && ATOM_START.has(toks[j]!.tokenType) ? toks[primaryEnd(toks, j)]! : null;
    const after = bEnd ? toks[toks.indexOf(bEnd) + 1] : undefined;
    if (bEnd && !(after && (after.tokenType === T.Equal || after.tokenType === T.ColonEqual))) {
      return makeError(ctx.map, ctx.filename, "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        prev.startLine, prev.startColumn, bEnd.endLine, bEnd.endColumn);
    }
  }
  if (depth > 0 && (!inParams || inDefault(toks, idx)) && prev && ATOM_END.has(prev.tokenType) && ATOM_START.has(tt)) {
    const a = toks[exprStart(toks, idx - 1)]!;
    let bi = idx;
    while (toks[bi] && (toks[bi]!.tokenType === T.KwNot || toks[bi]!.tokenType === T.Tilde)) bi++;
    const b = toks[primaryEnd(toks, Math.min(bi, toks.length - 1))]!;
    return makeError(ctx.map, ctx.filename, "SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
      a.startLine, a.startColumn, b.endLine, b.endColumn);
  }
  if (tt === T.DEDENT) {
    // report at the next real token
    let j = idx;
    while (j < toks.length && toks[j]!.tokenType === T.DEDENT) j++;
    const nt = toks[j];
    if (nt) return ctx.errorAtToken("SyntaxError", "invalid syntax", nt);
  }
  return ctx.errorAtToken("SyntaxError", "invalid syntax", tok);
}

function innermostOpen(toks: PyToken[], idx: number): unknown {
  let d = 0;
  for (let j = idx - 1; j >= 0; j--) {
    const tt = toks[j]!.tokenType;
    if (tt === T.Newline) return null;
    if (CLOSERS.has(tt)) d++;
    else if (OPENERS.has(tt)) {
      if (d === 0) return tt;
      d--;
    }
  }
  return null;
}

/** inside def parameters: is token idx part of a default value (an `=` since the last comma)? */
function inDefault(toks: PyToken[], idx: number): boolean {
  let d = 0;
  for (let j = idx - 1; j >= 0; j--) {
    const tt = toks[j]!.tokenType;
    if (CLOSERS.has(tt)) d++;
    else if (OPENERS.has(tt)) {
      if (d === 0) return false;
      d--;
    } else if (d === 0 && tt === T.Comma) return false;
    else if (d === 0 && tt === T.Equal) return true;
  }
  return false;
}

/** is token idx directly inside the parameter list of a `def`? */
function isInDefParams(toks: PyToken[], idx: number): boolean {
  let d = 0;
  for (let j = idx - 1; j >= 0; j--) {
    const tt = toks[j]!.tokenType;
    if (tt === T.Newline) return false;
    if (CLOSERS.has(tt)) d++;
    else if (OPENERS.has(tt)) {
      if (d === 0) return tt === T.LParen && toks[j - 1]?.tokenType === T.Name && toks[j - 2]?.tokenType === T.KwDef;
      d--;
    }
  }
  return false;
}

function isBinaryOpToken(t: PyToken): boolean {
  const tt = t.tokenType;
  const cats = tt.CATEGORIES;
  if (cats && (cats.includes(T.BinOperator) || cats.includes(T.CompOperator))) return true;
  return tt === T.DoubleStar || tt === T.KwAnd || tt === T.KwOr || tt === T.KwIn || tt === T.KwIs;
}

/** index of the first token of the operator expression (a "disjunction") ending at token i */
function exprStart(toks: PyToken[], i: number): number {
  let j = primaryStart(toks, i);
  for (;;) {
    const p = toks[j - 1];
    if (!p) return j;
    const pt = p.tokenType;
    if (pt === T.KwNot || pt === T.Tilde) {
      j--;
      continue;
    }
    if ((pt === T.Minus || pt === T.Plus) && !(toks[j - 2] && ATOM_END.has(toks[j - 2]!.tokenType))) {
      j--;
      continue;
    }
    if (isBinaryOpToken(p) && toks[j - 2] && ATOM_END.has(toks[j - 2]!.tokenType)) {
      j = primaryStart(toks, j - 2);
      continue;
    }
    return j;
  }
}

/** index of the first token of the primary expression ending at token i */
function primaryStart(toks: PyToken[], i: number): number {
  let j = i;
  for (;;) {
    const t = toks[j];
    if (!t) return Math.max(0, j + 1);
    if (CLOSERS.has(t.tokenType)) {
      let d = 0;
      for (; j >= 0; j--) {
        const tt = toks[j]!.tokenType;
        if (CLOSERS.has(tt)) d++;
        else if (OPENERS.has(tt) && --d === 0) break;
      }
    } else if (t.tokenType === T.FStringEnd) {
      while (j > 0 && toks[j]!.tokenType !== T.FStringStart) j--;
    }
    const p = toks[j - 1];
    if (p && toks[j]!.tokenType === T.LParen || p && toks[j]!.tokenType === T.LSqb) {
      if (p && ATOM_END.has(p.tokenType)) {
        j--;
        continue;
      }
      return j;
    }
    if (p && p.tokenType === T.Dot) {
      j -= 2;
      continue;
    }
    if (p && (p.tokenType === T.String || p.tokenType === T.FStringEnd) && (toks[j]!.tokenType === T.String || toks[j]!.tokenType === T.FStringStart)) {
      j--;
      continue;
    }
    return j;
  }
}

/** index of the last token of the primary expression starting at token i */
function primaryEnd(toks: PyToken[], i: number): number {
  let j = i;
  for (;;) {
    const t = toks[j];
    if (!t) return j - 1;
    if (OPENERS.has(t.tokenType)) {
      let d = 0;
      for (; j < toks.length; j++) {
        const tt = toks[j]!.tokenType;
        if (OPENERS.has(tt)) d++;
        else if (CLOSERS.has(tt) && --d === 0) break;
      }
    } else if (t.tokenType === T.FStringStart) {
      while (j < toks.length - 1 && toks[j]!.tokenType !== T.FStringEnd) j++;
    }
    const n = toks[j + 1];
    if (n && (n.tokenType === T.LParen || n.tokenType === T.LSqb)) {
      j++;
      continue;
    }
    if (n && n.tokenType === T.Dot && toks[j + 2]?.tokenType === T.Name) {
      j += 2;
      continue;
    }
    return j;
  }
}
