// The singleton chevrotain Lexer. tokenize(source) returns the raw token vector
// (NEWLINE kept, whitespace/comments/continuations skipped) or throws PySyntaxError.
// layout.ts turns the raw vector into what the parser reads.

import { Lexer, type IToken } from "chevrotain";
import { LEXER_TOKENS, ErrorChar, BadChar } from "./tokens.js";

let lexer: Lexer | null = null;

function getLexer(): Lexer {
  if (!lexer) {
    lexer = new Lexer(LEXER_TOKENS, {
      positionTracking: "onlyOffset",
      ensureOptimizations: true,
      skipValidations: true,
    });
  }
  return lexer;
}

/**
 * Raw chevrotain tokens of `text` (offsets relative to `text`). Characters the lexer
 * cannot match become ErrorChar tokens (printable ASCII such as `$` or `?`: CPython's
 * tokenizer passes them on and the parser says "invalid syntax") or BadChar tokens
 * (anything else: the layout pass raises "invalid character").
 */
export function rawTokenize(text: string): IToken[] {
  const r = getLexer().tokenize(text);
  if (r.errors.length === 0) return r.tokens;
  const extra: IToken[] = [];
  for (const e of r.errors) {
    for (let k = 0; k < e.length; k++) {
      const off = e.offset + k;
      const cp = text.codePointAt(off)!;
      if (cp >= 0xdc00 && cp <= 0xdfff && k > 0) continue;
      const ch = String.fromCodePoint(cp);
      const type = cp >= 32 && cp < 127 ? ErrorChar : BadChar;
      extra.push({ image: ch, startOffset: off, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! } as IToken);
    }
  }
  const out: IToken[] = [];
  let i = 0;
  let j = 0;
  const a = r.tokens;
  while (i < a.length || j < extra.length) {
    if (j >= extra.length || (i < a.length && a[i]!.startOffset < extra[j]!.startOffset)) out.push(a[i++]!);
    else out.push(extra[j++]!);
  }
  return out;
}
