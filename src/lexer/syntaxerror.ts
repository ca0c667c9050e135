// The front end's one error type. It carries what CPython's SyntaxError carries
// (msg, filename, lineno, offset, text, end_lineno, end_offset), so that the CLI can
// print it exactly as CPython's print_error_text does and the VM can later turn it
// into a Python SyntaxError object. Offsets are 1-based *character* offsets within
// the line, as in CPython's SyntaxError.offset; end_offset is exclusive.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export interface SyntaxErrorLocation {
  lineno: number;
  offset: number;
  end_lineno?: number;
  end_offset?: number;
}

export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind;
  readonly msg: string;
  filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number;
  readonly end_offset: number;
  /** The source line the error points into (without its newline), or null. */
  text: string | null;
  /**
   * Raised by the tokenizer proper (CPython's tokenizer.c syntaxerror()), whose
   * offsets are always characters. Other errors in a program read from a file are
   * printed by CPython at UTF-8 byte columns (see cli/report.ts).
   */
  fromTokenizer = false;

  constructor(kind: SyntaxErrorKind, msg: string, loc: SyntaxErrorLocation, filename = "<unknown>", text: string | null = null) {
    super(`${kind}: ${msg}`);
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = loc.lineno;
    this.offset = loc.offset;
    this.end_lineno = loc.end_lineno ?? loc.lineno;
    this.end_offset = loc.end_offset ?? loc.offset;
    this.text = text;
  }
}
