// The layout pass: raw chevrotain tokens -> the token vector the parser reads.
//
// One walk over the raw tokens with a bracket stack and an indent stack (as CPython's
// tokenizer.c does): drops NEWLINEs inside brackets and on blank lines, inserts
// INDENT/DEDENT, retypes keywords, checks number endings, expands f-strings into
// FStringStart/Middle/'{' expr '}'/FStringEnd, and raises IndentationError, TabError
// and the tokenizer's SyntaxErrors with CPython's texts and positions.

import type { IToken, TokenType } from "chevrotain";
import { rawTokenize } from "./lexer.js";
import { PySyntaxError, type SyntaxErrorKind } from "./syntaxerror.js";
import { scanFString, scanFStringEnd, fstringPrefixAt, FScanError, type FPiece } from "./fstringscan.js";
import { decodeStringBody } from "./literals.js";
import * as T from "./tokens.js";
import type { PyToken } from "./tokens.js";

/** Line starts and conversions between offsets, lines and columns. */
export class SourceMap {
  readonly lineStarts: number[] = [0];
  private lastLine = 0;
  constructor(readonly source: string) {
    const re = /\r\n?|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source)) !== null) this.lineStarts.push(m.index + m[0].length);
  }
  /** 0-based line index of offset */
  lineIndex(offset: number): number {
    const ls = this.lineStarts;
    let i = this.lastLine;
    if (offset >= ls[i]!) {
      while (i + 1 < ls.length && ls[i + 1]! <= offset) i++;
    } else {
      let lo = 0;
      let hi = i;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ls[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      i = lo;
    }
    this.lastLine = i;
    return i;
  }
  /** text of 1-based line, without its line terminator */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line];
    let end = next ?? this.source.length;
    if (next !== undefined) {
      while (end > start && (this.source[end - 1] === "\n" || this.source[end - 1] === "\r")) end--;
    }
    return this.source.slice(start, end);
  }
  /** number of lines containing at least one character */
  lastLineNo(): number {
    const n = this.lineStarts.length;
    return this.lineStarts[n - 1] === this.source.length && n > 1 ? n - 1 : n;
  }
}

/** 1-based code-point offset from a 0-based UTF-16 column in `text`. */
export function charOffset(text: string, col16: number): number {
  let n = 0;
  for (let i = 0; i < col16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n + Math.max(0, col16 - text.length) + 1;
}

export function makeError(
  map: SourceMap,
  filename: string,
  kind: SyntaxErrorKind,
  msg: string,
  line: number,
  col16: number,
  endLine?: number,
  endCol16?: number,
  rawEndOffset?: number,
): PySyntaxError {
  const text = map.lineText(line);
  const offset = charOffset(text, col16);
  let endOffset = offset;
  let el = line;
  if (endLine !== undefined && endCol16 !== undefined) {
    el = endLine;
    endOffset = endCol16 < 0 ? endCol16 : charOffset(map.lineText(endLine), endCol16);
  }
  if (rawEndOffset !== undefined) endOffset = rawEndOffset;
  return new PySyntaxError(kind, msg, { lineno: line, offset, end_lineno: el, end_offset: endOffset }, filename, text);
}

const OPEN: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const NUM_KEYWORDS = ["and", "else", "for", "if", "in", "is", "not", "or"];
const IDENT_RE = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da\u2118\u212e\u309b\u309c]*$/u;
const IDENT_START_RE = /[\p{L}\p{Nl}_\u2118\u212e\u309b\u309c]/u;
const IDENT_CONT_RE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u2118\u212e\u309b\u309c]/u;

function isIdentCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

export interface LayoutResult {
  /** the tokens; when `error` is set, they stop where the tokenizer failed */
  tokens: PyToken[];
  map: SourceMap;
  /**
   * The first tokenizer error, or null. CPython's tokenizer is lazy, so this error is
   * reported only if the parser gets that far, except that a plain SyntaxError
   * (`overrides`) also replaces any parser error (CPython re-tokenizes the rest of
   * the file after a parser error, see _PyPegen_tokenize_full_source_to_check_for_errors).
   */
  error: PySyntaxError | null;
  overrides: boolean;
  /** error for a bracket still open at the end of input (the parser decides when to report it) */
  unclosed: PySyntaxError | null;
  /** line of that bracket */
  unclosedLine: number;
}

class Layout {
  readonly out: PyToken[] = [];
  readonly map: SourceMap;
  private brackets: PyToken[] = [];
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private atLineStart = true;
  private fdepth = 0;
  /** for isComplete(): stop at the first error instead of throwing? */
  constructor(
    readonly source: string,
    readonly filename: string,
  ) {
    this.map = new SourceMap(source);
  }

  err(kind: SyntaxErrorKind, msg: string, offset: number, endOffset?: number): PySyntaxError {
    const m = this.map;
    const li = m.lineIndex(offset);
    const line = li + 1;
    const col = offset - m.lineStarts[li]!;
    const e = endOffset === undefined
      ? makeError(m, this.filename, kind, msg, line, col)
      : makeError(m, this.filename, kind, msg, line, col, m.lineIndex(endOffset) + 1, endOffset - m.lineStarts[m.lineIndex(endOffset)]!);
    e.fromTokenizer = true;
    return e;
  }

  errRaw(kind: SyntaxErrorKind, msg: string, offset: number, rawEnd: number): PySyntaxError {
    const m = this.map;
    const li = m.lineIndex(offset);
    return makeError(m, this.filename, kind, msg, li + 1, offset - m.lineStarts[li]!, li + 1, 0, rawEnd);
  }

  /** a new token (same field order as chevrotain's tokens, so one hidden class) */
  tok(type: TokenType, image: string, start: number, end: number): PyToken {
    const t = { image, startOffset: start, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type } as IToken;
    return this.fill(t, type, image, start, end);
  }

  /** complete a raw chevrotain token in place (saves one object per token) */
  fill(t: IToken, type: TokenType, image: string, start: number, end: number): PyToken {
    const m = this.map;
    const li = m.lineIndex(start);
    const sl = li + 1;
    const sc = start - m.lineStarts[li]!;
    let el = sl;
    let ec = sc + (end - start);
    const nextStart = m.lineStarts[li + 1];
    // (an f-string literal part ending in a newline ends at column 0 of the next line)
    if (nextStart !== undefined && (end > nextStart || (end === nextStart && type === T.FStringMiddle))) {
      const eli = m.lineIndex(end);
      el = eli + 1;
      ec = end - m.lineStarts[eli]!;
    }
    const k = t as PyToken;
    k.image = image;
    k.startOffset = start;
    k.tokenTypeIdx = type.tokenTypeIdx!;
    k.tokenType = type;
    k.endOffset = end - 1;
    k.startLine = sl;
    k.startColumn = sc;
    k.endLine = el;
    k.endColumn = ec;
    k.value = undefined;
    return k;
  }

  run(): LayoutResult {
    const src = this.source;
    const raw = rawTokenize(src);
    try {
      this.feed(raw, 0);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      // indentation errors and the like do not override parser errors (CPython's
      // tokenizer reports them through tok->done, without an exception)
      const overrides = e.kind === "SyntaxError" && e.msg !== "unexpected EOF while parsing";
      return { tokens: this.out, map: this.map, error: e, overrides, unclosed: null, unclosedLine: 0 };
    }
    // end of input
    let unclosed: PySyntaxError | null = null;
    let unclosedLine = 0;
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1]!;
      unclosed = this.neverClosed(b);
      unclosedLine = b.startLine;
    }
    if (unclosed === null && src.length > 0 && /\\\r?\n?$/.test(src)) {
      const last = this.map.lastLineNo();
      const text = this.map.lineText(last);
      const e = makeError(this.map, this.filename, "SyntaxError", "unexpected EOF while parsing", last, text.length, last, -1);
      return { tokens: this.out, map: this.map, error: e, overrides: false, unclosed: null, unclosedLine: 0 };
    }
    const end = src.length;
    if (!this.atLineStart) {
      const nl = this.tok(T.Newline, "", end, end);
      this.out.push(nl);
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.out.push(this.tok(T.DEDENT, "", end, end));
    }
    return { tokens: this.out, map: this.map, error: null, overrides: false, unclosed, unclosedLine };
  }

  neverClosed(b: PyToken): PySyntaxError {
    const e = makeError(this.map, this.filename, "SyntaxError", `'${b.image}' was never closed`, b.startLine, b.startColumn, b.startLine, 0, 0);
    return e;
  }

  /** an unknown non-ASCII or control character */
  badChar(offset: number): never {
    const ch = String.fromCodePoint(this.source.codePointAt(offset)!);
    const cp = ch.codePointAt(0)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    const printable = !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
    if (!printable) throw this.err("SyntaxError", `invalid non-printable character U+${hex}`, offset, offset);
    throw this.err("SyntaxError", `invalid character '${ch}' (U+${hex})`, offset, offset);
  }

  /** Process raw tokens (offsets relative to `base`). */
  feed(raw: IToken[], base: number): void {
    const out = this.out;
    const src = this.source;
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i]!;
      const type = r.tokenType;
      const start = r.startOffset + base;
      const end = start + r.image.length;
      if (type === T.Newline) {
        if (this.brackets.length > 0 || this.fdepth > 0 || this.atLineStart) continue;
        // like CPython's NEWLINE token, include a comment that precedes it on the line
        let nlStart = start;
        const last = out[out.length - 1];
        if (last) {
          const gapStart = last.startOffset + last.image.length;
          if (gapStart < start) {
            const hash = src.indexOf("#", gapStart);
            if (hash >= 0 && hash < start) nlStart = hash;
          }
        }
        out.push(this.tok(T.Newline, src.slice(nlStart, end), nlStart, end));
        this.atLineStart = true;
        continue;
      }
      if (this.atLineStart) {
        this.atLineStart = false;
        this.indentation(start);
      }
      switch (type) {
        case T.Name: {
          let image = r.image;
          const kw = T.KEYWORDS.get(image);
          if (kw) {
            out.push(this.fill(r, kw, image, start, end));
            break;
          }
          if (!isAsciiName(image)) image = this.checkName(image, start);
          out.push(this.fill(r, T.Name, image, start, end));
          break;
        }
        case T.Number:
          this.checkNumber(r.image, start, end);
          out.push(this.fill(r, T.Number, r.image, start, end));
          break;
        case T.LParen:
        case T.LSqb:
        case T.LBrace: {
          const t = this.fill(r, type, r.image, start, end);
          if (this.brackets.length >= 200) throw this.err("SyntaxError", "too many nested parentheses", start, start);
          this.brackets.push(t);
          out.push(t);
          break;
        }
        case T.RParen:
        case T.RSqb:
        case T.RBrace: {
          const t = this.fill(r, type, r.image, start, end);
          const open = this.brackets.pop();
          if (!open) throw this.err("SyntaxError", `unmatched '${r.image}'`, start, start);
          if (open.image !== OPEN[r.image]) {
            const where = open.startLine !== t.startLine ? ` on line ${open.startLine}` : "";
            throw this.err(
              "SyntaxError",
              `closing parenthesis '${r.image}' does not match opening parenthesis '${open.image}'${where}`,
              start,
              start,
            );
          }
          out.push(t);
          break;
        }
        case T.String:
          out.push(this.fill(r, T.String, r.image, start, end));
          break;
        case T.FString:
          this.fstring(start, end);
          break;
        case T.BadString:
          this.badString(r.image, start);
          break;
        case T.BadChar:
          this.badChar(start);
          break;
        case T.BadBackslash:
          throw this.errRaw("SyntaxError", "unexpected character after line continuation character", start + 1, 0);
        default:
          out.push(this.fill(r, type, r.image, start, end));
      }
    }
    void src;
  }

  indentation(start: number): void {
    const m = this.map;
    const li = m.lineIndex(start);
    const ls = m.lineStarts[li]!;
    let col = 0;
    let alt = 0;
    for (let k = ls; k < start; k++) {
      const c = this.source.charCodeAt(k);
      if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        col = ((col >> 3) + 1) << 3;
        alt++;
      } else if (c === 12) {
        col = alt = 0;
      } else {
        // the token is not the first on its physical line (continuation): no change
        return;
      }
    }
    const ind = this.indents;
    const alts = this.altIndents;
    let top = ind[ind.length - 1]!;
    const tabError = () =>
      makeError(m, this.filename, "TabError", "inconsistent use of tabs and spaces in indentation", li + 1, 0, li + 1, 0, 0);
    if (col === top) {
      if (alt !== alts[alts.length - 1]) throw tabError();
    } else if (col > top) {
      if (alt <= alts[alts.length - 1]!) throw tabError();
      if (ind.length >= 100) {
        throw makeError(m, this.filename, "IndentationError", "too many levels of indentation", li + 1, 0, li + 1, 0, 0);
      }
      ind.push(col);
      alts.push(alt);
      this.out.push(this.tok(T.INDENT, "", start, start));
    } else {
      while (ind.length > 1 && col < top) {
        ind.pop();
        alts.pop();
        top = ind[ind.length - 1]!;
        this.out.push(this.tok(T.DEDENT, "", start, start));
      }
      if (col !== top) {
        const text = m.lineText(li + 1);
        throw makeError(
          m,
          this.filename,
          "IndentationError",
          "unindent does not match any outer indentation level",
          li + 1,
          text.length,
          li + 1,
          -1,
        );
      }
      if (alt !== alts[alts.length - 1]) throw tabError();
    }
  }

  checkName(image: string, start: number): string {
    if (IDENT_RE.test(image)) return image.normalize("NFKC");
    // find the first character that cannot be in an identifier
    let k = 0;
    for (const ch of image) {
      const ok = k === 0 ? IDENT_START_RE.test(ch) : IDENT_CONT_RE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        const off = start + image.indexOf(ch);
        const printable = !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
        if (!printable) throw this.err("SyntaxError", `invalid non-printable character U+${hex}`, off, off);
        throw this.err("SyntaxError", `invalid character '${ch}' (U+${hex})`, off, off);
      }
      k++;
    }
    return image.normalize("NFKC");
  }

  checkNumber(image: string, start: number, end: number): void {
    const src = this.source;
    const next = src.charCodeAt(end);
    const c1 = image.charCodeAt(1) | 32;
    if (image.length > 1 && image[0] === "0" && (c1 === 120 || c1 === 111 || c1 === 98)) {
      // hex/oct/bin: a following digit or letter is an invalid digit
      if (isIdentCode(next) && !this.keywordAt(end)) {
        const kind = c1 === 120 ? "hexadecimal" : c1 === 111 ? "octal" : "binary";
        if (next >= 48 && next <= 57) throw this.err("SyntaxError", `invalid digit '${src[end]}' in ${kind} literal`, end, end);
        throw this.err("SyntaxError", `invalid ${kind} literal`, end - 1, end - 1);
      }
      return;
    }
    if (image === "0" && isIdentCode(next)) {
      const n = next | 32;
      if (n === 120 || n === 111 || n === 98) {
        const kind = n === 120 ? "hexadecimal" : n === 111 ? "octal" : "binary";
        const d = src.charCodeAt(end + 1);
        if (n !== 120 && d >= 48 && d <= 57) throw this.err("SyntaxError", `invalid digit '${src[end + 1]}' in ${kind} literal`, end + 1, end + 1);
        throw this.err("SyntaxError", `invalid ${kind} literal`, end, end);
      }
    }
    if (isIdentCode(next) || next === 46) {
      if (next === 95) throw this.err("SyntaxError", "invalid decimal literal", end, end);
      if (next !== 46 && !this.keywordAt(end)) throw this.err("SyntaxError", "invalid decimal literal", end - 1, end - 1);
    }
    // leading zeros
    if (image.length > 1 && image[0] === "0" && /^[0-9_]+$/.test(image) && /[1-9]/.test(image)) {
      throw this.err(
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        start,
        start + 1,
      );
    }
  }

  keywordAt(pos: number): boolean {
    const src = this.source;
    for (const k of NUM_KEYWORDS) {
      if (src.startsWith(k, pos) && !isIdentCode(src.charCodeAt(pos + k.length))) return true;
    }
    return false;
  }

  badString(image: string, start: number): never {
    let q = 0;
    while (image[q] !== "'" && image[q] !== '"') q++;
    const isF = /f/i.test(image.slice(0, q));
    const triple = image.startsWith(image[q]!.repeat(3), q);
    const f = isF ? "f-string" : "string";
    if (triple) {
      const last = this.map.lastLineNo();
      throw this.err("SyntaxError", `unterminated triple-quoted ${f} literal (detected at line ${last})`, start, start);
    }
    const line = this.map.lineIndex(start) + 1;
    if (isF) {
      // may be a bad f-string rather than an unterminated one
      try {
        scanFString(this.source, start);
      } catch (e) {
        if (e instanceof FScanError) this.fstringError(e, start);
      }
    }
    throw this.err("SyntaxError", `unterminated ${f} literal (detected at line ${line})`, start, start);
  }

  fstringError(e: FScanError, start: number): never {
    const msg = e.message;
    if (e.pos >= 0) throw this.err("SyntaxError", msg, e.pos, e.pos);
    // locate the offending brace roughly: first single '}'
    let off = start;
    if (msg.includes("single '}'")) {
      const m = /(?<!\})\}(?!\})/.exec(this.source.slice(start));
      if (m) off = start + m.index;
    }
    throw this.err("SyntaxError", msg, off, off);
  }

  /** Expand one f-string literal [start, end) into tokens. */
  fstring(start: number, end: number): void {
    let sc;
    try {
      sc = scanFString(this.source, start);
    } catch (e) {
      if (e instanceof FScanError) this.fstringError(e, start);
      throw e;
    }
    const p = sc.prefix;
    const qlen = p.triple ? 3 : 1;
    const out = this.out;
    const st = this.tok(T.FStringStart, this.source.slice(start, sc.bodyStart), start, sc.bodyStart);
    st.value = p.raw ? "r" : "";
    out.push(st);
    this.fdepth++;
    this.pieces(sc.pieces, p.raw, false);
    this.fdepth--;
    out.push(this.tok(T.FStringEnd, p.quote.repeat(qlen), end - qlen, end));
  }

  pieces(pieces: FPiece[], raw: boolean, inSpec: boolean): void {
    const out = this.out;
    const src = this.source;
    let i = 0;
    while (i < pieces.length) {
      const pc = pieces[i]!;
      if (pc.kind === "lit") {
        // merge runs of literal pieces (split at {{ and }})
        let value = "";
        const s = pc.start;
        let e = pc.end;
        while (i < pieces.length && pieces[i]!.kind === "lit") {
          const l = pieces[i] as { start: number; end: number };
          value += this.decodeLit(src.slice(l.start, l.end), raw, l.start);
          e = l.end;
          if (src[e] === "{" || src[e] === "}") {
            // a doubled brace: skip its second character
            if (src[e - 1] === src[e]) e++;
          }
          i++;
        }
        const t = this.tok(T.FStringMiddle, src.slice(s, e), s, e);
        t.value = value;
        out.push(t);
        continue;
      }
      // a replacement field (in a format spec, `{{` makes CPython's tokenizer emit an
      // empty FSTRING_MIDDLE first: the AST then has a Constant(''))
      if (inSpec && src.charCodeAt(pc.open + 1) === 123 && (i === 0 || pieces[i - 1]!.kind === "field")) {
        const t = this.tok(T.FStringMiddle, "", pc.open, pc.open);
        t.value = "";
        out.push(t);
      }
      out.push(this.tok(T.LBrace, "{", pc.open, pc.open + 1));
      const exprText = src.slice(pc.exprStart, pc.exprEnd);
      if (exprText.trim() === "") {
        const at = pc.exprEnd;
        const what = pc.bang >= 0 ? "!" : pc.colon >= 0 ? ":" : pc.debugEq >= 0 ? "=" : "}";
        throw this.err("SyntaxError", `f-string: valid expression required before '${what}'`, at, at + 1);
      }
      const lam = /^\s*lambda\b/.exec(exprText);
      if (lam && pc.colon >= 0) {
        const ls = pc.exprStart + lam[0].length - 6;
        throw this.err("SyntaxError", "f-string: lambda expressions are not allowed without parentheses", ls, pc.colon + 1);
      }
      const rawToks = rawTokenize(exprText);
      const depth = this.brackets.length;
      this.feed(rawToks, pc.exprStart);
      if (this.brackets.length > depth) {
        const b = this.brackets[this.brackets.length - 1]!;
        throw this.neverClosed(b);
      }
      if (pc.debugEq >= 0) {
        const stop = pc.bang >= 0 ? pc.bang : pc.colon >= 0 ? pc.colon : pc.close;
        // the token spans the debug text: the parser gives that position to its Constant
        const t = this.tok(T.Equal, "=", pc.exprStart, stop);
        const dbg = src.slice(pc.exprStart, stop);
        t.value = /['"]/.test(dbg) ? dbg : dbg.replace(/#[^\r\n]*/g, "").replace(/\r\n?/g, "\n");
        out.push(t);
      }
      if (pc.bang >= 0) {
        out.push(this.tok(T.Exclaim, "!", pc.bang, pc.bang + 1));
        const convEnd = pc.colon >= 0 ? pc.colon : pc.close;
        const convRaw = src.slice(pc.bang + 1, convEnd);
        if (/^\s/.test(convRaw) && convRaw.trim() !== "") {
          throw this.err("SyntaxError", "f-string: conversion type must come right after the exclamanation mark", pc.bang, pc.bang + 1 + convRaw.trimEnd().length);
        }
        const conv = convRaw.trimEnd();
        if (conv.length === 0) {
          throw this.err("SyntaxError", "f-string: missing conversion character", convEnd, convEnd + 1);
        }
        if (conv.length > 1 && (conv[0] === "s" || conv[0] === "r" || conv[0] === "a")) {
          throw this.err("SyntaxError", "f-string: expecting ':' or '}'", pc.bang + 2, pc.bang + 3);
        }
        if (conv !== "s" && conv !== "r" && conv !== "a") {
          throw this.err(
            "SyntaxError",
            `f-string: invalid conversion character '${conv}': expected 's', 'r', or 'a'`,
            pc.bang + 1,
            convEnd,
          );
        }
        out.push(this.tok(T.Name, conv, pc.bang + 1, pc.bang + 1 + conv.length));
      }
      if (pc.colon >= 0) {
        out.push(this.tok(T.Colon, ":", pc.colon, pc.colon + 1));
        this.pieces(pc.spec, raw, true);
      }
      out.push(this.tok(T.RBrace, "}", pc.close, pc.close + 1));
      i++;
    }
    void inSpec;
  }

  decodeLit(text: string, raw: boolean, at: number): string {
    try {
      return decodeStringBody(text, raw, false);
    } catch (e) {
      if (e instanceof Error && !(e instanceof PySyntaxError)) {
        throw this.err("SyntaxError", e.message, at, at);
      }
      throw e;
    }
  }
}

function isAsciiName(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Tokenize and lay out `source`; throws PySyntaxError. */
export function layout(source: string, filename = "<unknown>"): LayoutResult {
  return new Layout(source, filename).run();
}

const COMPOUND_START = new Set<TokenType>([
  T.KwIf, T.KwWhile, T.KwFor, T.KwTry, T.KwWith, T.KwDef, T.KwClass, T.At, T.KwAsync,
]);

/**
 * Does this REPL input (the lines entered so far joined with "\n", as code.py and
 * codeop do) form a complete statement? false ("needs more lines") when a bracket or a
 * triple-quoted string is still open, the input ends with a backslash continuation, or a
 * compound statement has been started and no empty line has ended it yet (the input
 * does not end with "\n"). Inputs with other errors count as complete, so that the
 * caller compiles them and reports the error.
 */
export function isComplete(source: string): boolean {
  if (/\\(\r\n?|\n)?$/.test(source)) return false;
  const res = layout(source + "\n");
  if (res.error) return !/^unterminated triple-quoted|^unexpected EOF/.test(res.error.msg);
  if (res.unclosed) return false;
  const toks = res.tokens;
  let k = 0;
  while (k < toks.length && (toks[k]!.tokenType === T.INDENT || toks[k]!.tokenType === T.Newline)) k++;
  const first = toks[k];
  if (!first) return true;
  let last = toks.length - 1;
  while (last >= 0 && (toks[last]!.tokenType === T.DEDENT || toks[last]!.tokenType === T.Newline)) last--;
  const compound = COMPOUND_START.has(first.tokenType) || (last >= 0 && toks[last]!.tokenType === T.Colon);
  if (!compound) return true;
  return source.endsWith("\n");
}

export { scanFStringEnd, fstringPrefixAt };
