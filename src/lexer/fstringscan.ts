// A small hand-written scanner for Python 3.12 f-strings (PEP 701): nested quotes of
// any kind inside replacement fields, nested format specs, `{{`/`}}` escapes.
// scanFStringEnd finds where an f-string literal ends (used by the lexer's custom
// token pattern); scanFString also reports its structure (used by the layout pass,
// which turns one f-string into FStringStart / FStringMiddle / '{' expr '}' / FStringEnd
// tokens the way CPython 3.12's tokenizer does).

export interface FPrefix {
  /** index of the first quote character */
  quoteStart: number;
  quote: string;
  triple: boolean;
  raw: boolean;
}

/** A piece of f-string structure, offsets into the source text. */
export type FPiece =
  | { kind: "lit"; start: number; end: number }
  | {
      kind: "field";
      /** offset of `{` */
      open: number;
      exprStart: number;
      exprEnd: number;
      /** offset of the debug `=` or -1 */
      debugEq: number;
      /** offset of `!` or -1 */
      bang: number;
      /** offset of ':' or -1 */
      colon: number;
      spec: FPiece[];
      /** offset of `}` */
      close: number;
    };

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

/** Parse a string prefix + quote at pos; null when not a string start. */
export function stringPrefixAt(text: string, pos: number): { prefix: string; quoteStart: number } | null {
  let i = pos;
  while (i < text.length && i - pos < 3) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) break;
    if (!isIdentChar(c)) return null;
    i++;
  }
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39) return null;
  const prefix = text.slice(pos, i).toLowerCase();
  if (!VALID_PREFIXES.has(prefix)) return null;
  return { prefix, quoteStart: i };
}
const VALID_PREFIXES = new Set(["", "r", "u", "b", "br", "rb", "f", "fr", "rf"]);

export class FScanError extends Error {
  constructor(
    msg: string,
    /** offset the error points at, or -1 */
    readonly pos = -1,
  ) {
    super(msg);
  }
}

class Scanner {
  constructor(readonly text: string) {}

  /** After the opening quote; returns index just past the closing quote, or -1. */
  body(i: number, quote: string, triple: boolean, raw: boolean, out: FPiece[] | null): number {
    const text = this.text;
    const n = text.length;
    const qc = quote.charCodeAt(0);
    let litStart = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === qc && (!triple || (text.charCodeAt(i + 1) === qc && text.charCodeAt(i + 2) === qc))) {
        if (out && i > litStart) out.push({ kind: "lit", start: litStart, end: i });
        return i + (triple ? 3 : 1);
      }
      if (c === 92) {
        // backslash
        const d = text.charCodeAt(i + 1);
        if (!raw && d === 78 && text.charCodeAt(i + 2) === 123) {
          const close = text.indexOf("}", i + 3);
          if (close < 0) return -1;
          i = close + 1;
          continue;
        }
        if (raw && d !== qc && d !== 92 && d !== 10 && d !== 13) {
          i++;
          continue;
        }
        if (!triple && (d === 10 || d === 13) && raw) return -1;
        i += 2;
        continue;
      }
      if ((c === 10 || c === 13) && !triple) return -1;
      if (c === 123) {
        if (text.charCodeAt(i + 1) === 123) {
          if (out) out.push({ kind: "lit", start: litStart, end: i + 1 });
          i += 2;
          litStart = i;
          continue;
        }
        if (out && i > litStart) out.push({ kind: "lit", start: litStart, end: i });
        i = this.field(i, quote, triple, out, 0);
        if (i < 0) return -1;
        litStart = i;
        continue;
      }
      if (c === 125) {
        if (text.charCodeAt(i + 1) === 125) {
          if (out) out.push({ kind: "lit", start: litStart, end: i + 1 });
          i += 2;
          litStart = i;
          continue;
        }
        throw new FScanError("f-string: single '}' is not allowed", i);
      }
      i++;
    }
    return -1;
  }

  /** At `{`; returns index after the matching `}`, or -1. */
  field(open: number, quote: string, triple: boolean, out: FPiece[] | null, level: number): number {
    const text = this.text;
    const n = text.length;
    let i = open + 1;
    let depth = 0;
    let exprEnd = -1;
    let debugEq = -1;
    let bang = -1;
    let colon = -1;
    const spec: FPiece[] = [];
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34 || c === 39 || (isIdentChar(c) && !(c >= 48 && c <= 57))) {
        // a (possibly prefixed) string, or a name
        const sp = stringPrefixAt(text, i);
        if (sp) {
          const at = i;
          i = this.stringAt(sp.prefix, sp.quoteStart);
          if (i < 0) {
            if (!triple && text[sp.quoteStart] === quote) throw new FScanError("f-string: expecting '}'", at);
            return -1;
          }
          continue;
        }
        while (i < n && isIdentChar(text.charCodeAt(i))) i++;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93) {
        if (depth === 0) throw new FScanError(`f-string: unmatched '${text[i]}'`, i);
        depth--;
      }
      else if (c === 125) {
        if (depth === 0) {
          if (exprEnd < 0) exprEnd = i;
          if (out) out.push({ kind: "field", open, exprStart: open + 1, exprEnd, debugEq, bang, colon, spec, close: i });
          return i + 1;
        }
        depth--;
      } else if (depth === 0 && c === 33 && text.charCodeAt(i + 1) !== 61) {
        if (exprEnd < 0) exprEnd = i;
        bang = i;
      } else if (depth === 0 && c === 58) {
        if (exprEnd < 0) exprEnd = i;
        colon = i;
        // format spec: literal text with nested fields, up to the closing `}`
        i = this.spec(i + 1, quote, triple, out ? spec : null, level);
        if (i < 0) return -1;
        if (out) out.push({ kind: "field", open, exprStart: open + 1, exprEnd, debugEq, bang, colon, spec, close: i });
        return i + 1;
      } else if (depth === 0 && c === 61 && exprEnd < 0) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (next !== 61 && prev !== 61 && prev !== 33 && prev !== 60 && prev !== 62) {
          let j = i + 1;
          for (;;) {
            const w = text.charCodeAt(j);
            if (w === 32 || w === 9 || w === 10 || w === 13 || w === 12) j++;
            else if (w === 35) {
              while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
            } else break;
          }
          const after = text.charCodeAt(j);
          if (after === 125 || after === 33 || after === 58) {
            exprEnd = i;
            debugEq = i;
          }
        }
        if (next === 61) i++;
      } else if (c === 35) {
        // a comment (3.12 allows them in multi-line replacement fields)
        while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
        continue;
      } else if (c === 92) {
        // line continuation inside an expression
      }
      i++;
    }
    return -1;
  }

  /** Format spec text after ':'; returns the index of the closing `}` or -1. */
  spec(i: number, quote: string, triple: boolean, out: FPiece[] | null, level: number): number {
    const text = this.text;
    const n = text.length;
    const qc = quote.charCodeAt(0);
    let litStart = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 125) {
        if (out && i > litStart) out.push({ kind: "lit", start: litStart, end: i });
        return i;
      }
      if (c === 123) {
        if (out && i > litStart) out.push({ kind: "lit", start: litStart, end: i });
        if (level >= 2) throw new FScanError("f-string: expressions nested too deeply", i - 1);
        i = this.field(i, quote, triple, out, level + 1);
        if (i < 0) return -1;
        litStart = i;
        continue;
      }
      if (c === qc) return -1;
      if ((c === 10 || c === 13) && !triple) return -1;
      if (c === 92) {
        i += 2;
        continue;
      }
      i++;
    }
    return -1;
  }

  /** Any string literal whose quote is at quoteStart; returns index after it or -1. */
  stringAt(prefix: string, quoteStart: number): number {
    const text = this.text;
    const quote = text[quoteStart]!;
    const triple = text.startsWith(quote + quote + quote, quoteStart);
    const raw = prefix.includes("r");
    const start = quoteStart + (triple ? 3 : 1);
    if (prefix.includes("f")) return this.body(start, quote, triple, raw, null);
    const qc = quote.charCodeAt(0);
    let i = start;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === qc && (!triple || (text.charCodeAt(i + 1) === qc && text.charCodeAt(i + 2) === qc))) {
        return i + (triple ? 3 : 1);
      }
      if ((c === 10 || c === 13) && !triple) return -1;
      i++;
    }
    return -1;
  }
}

/** The f-string prefix at pos (f, rf, fr in any case), or null. */
export function fstringPrefixAt(text: string, pos: number): FPrefix | null {
  const c0 = text.charCodeAt(pos) | 32;
  let i = pos + 1;
  let raw = false;
  if (c0 === 102) {
    if ((text.charCodeAt(i) | 32) === 114) {
      raw = true;
      i++;
    }
  } else if (c0 === 114) {
    if ((text.charCodeAt(i) | 32) !== 102) return null;
    raw = true;
    i++;
  } else return null;
  const q = text[i];
  if (q !== '"' && q !== "'") return null;
  const triple = text.startsWith(q + q + q, i);
  return { quoteStart: i, quote: q, triple, raw };
}

/** End offset (exclusive) of the f-string starting at pos, or -1 if none/unterminated. */
export function scanFStringEnd(text: string, pos: number): number {
  const p = fstringPrefixAt(text, pos);
  if (!p) return -1;
  try {
    return new Scanner(text).body(p.quoteStart + (p.triple ? 3 : 1), p.quote, p.triple, p.raw, null);
  } catch {
    return -1;
  }
}

/** Structure of a (complete) f-string literal starting at pos. Throws FScanError. */
export function scanFString(text: string, pos: number): { prefix: FPrefix; bodyStart: number; end: number; pieces: FPiece[] } {
  const p = fstringPrefixAt(text, pos)!;
  const pieces: FPiece[] = [];
  const bodyStart = p.quoteStart + (p.triple ? 3 : 1);
  const end = new Scanner(text).body(bodyStart, p.quote, p.triple, p.raw, pieces);
  return { prefix: p, bodyStart, end, pieces };
}
