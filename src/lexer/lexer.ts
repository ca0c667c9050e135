// The singleton chevrotain Lexer. tokenize(source) returns the raw token vector
// (NEWLINE kept, whitespace/comments/continuations skipped) or throws PySyntaxError.
// layout.ts turns the raw vector into what the parser reads.

import { Lexer, type IToken } from "chevrotain";
import { LEXER_TOKENS } from "./tokens.js";

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

export interface RawLexResult {
  tokens: IToken[];
  /** offset of the first character the lexer could not match, or -1 */
  errorOffset: number;
}

/** Raw chevrotain tokens of `text` (offsets relative to `text`). */
export function rawTokenize(text: string): RawLexResult {
  const r = getLexer().tokenize(text);
  const err = r.errors[0];
  return { tokens: r.tokens, errorOffset: err ? err.offset : -1 };
}
