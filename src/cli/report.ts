// Text of errors reported by the CLI, laid out as CPython 3.12 prints them.
import type { PySyntaxError } from "../lexer/syntaxerror.js";

const UTF8 = new TextEncoder();

/**
 * The SyntaxError block printed when a program fails to compile (no "Traceback"
 * header: there is no frame yet). Follows print_exception's SyntaxError branch and
 * print_error_text in Python/pythonrun.c:
 *   - a location spanning several lines is highlighted to the end of its first line;
 *   - the highlight is clipped to the source line's length + 1;
 *   - leading spaces, tabs and form feeds are stripped and the caret moved left;
 *   - the caret count is end_offset - offset when that is positive, else 1;
 *   - no caret line when the caret would sit left of the stripped text.
 */
export function formatSyntaxError(err: PySyntaxError, fromFile = false): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    // parse_syntax_error reads end_lineno/end_offset only for exact SyntaxError:
    // IndentationError and TabError always get a single caret.
    let offset = err.offset;
    let endOffset = err.kind === "SyntaxError" ? highlightEnd(err) : -1;
    // A program read from a file is tokenized from bytes: CPython then reports the
    // parser's columns in UTF-8 bytes (the tokenizer's own errors stay in characters).
    if (fromFile && !err.fromTokenizer) {
      // At the end of a file an indentation error is reported at offset 0: no caret.
      if (err.msg.startsWith("expected an indented block") && offset > [...err.text].length) offset = 0;
      offset = byteColumn(err.text, offset);
      if (endOffset > 0 && err.end_lineno === err.lineno) endOffset = byteColumn(err.text, endOffset);
    }
    out += sourceAndCaret(err.text, offset, endOffset);
  }
  const msg = err.msg === "" ? "<no detail available>" : err.msg;
  return out + `${err.kind}: ${msg}\n`;
}

/** 1-based character offset → 1-based UTF-8 byte offset within `text`. */
function byteColumn(text: string, offset: number): number {
  if (offset <= 0) return offset;
  const chars = [...text];
  return UTF8.encode(chars.slice(0, offset - 1).join("")).length + 1 + Math.max(0, offset - 1 - chars.length);
}

function highlightEnd(err: PySyntaxError): number {
  // CPython measures the line in UTF-8 bytes here (PyUnicode_AsUTF8AndSize).
  const lineSize = UTF8.encode(err.text ?? "").length;
  let endOffset = err.end_offset;
  if (err.end_lineno > err.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  return endOffset;
}

function sourceAndCaret(rawText: string, offset1: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let text = rawText;
  let offset = offset1 - 1;
  let stripped = 0;
  while (stripped < text.length && " \t\f".includes(text[stripped]!)) stripped++;
  text = text.slice(stripped);
  offset -= stripped;
  // CPython measures the stripped line in UTF-8 bytes (strlen of the UTF-8 text).
  let len = UTF8.encode(text).length;
  if (len > 0 && text[text.length - 1] === "\n") len--;
  if (offset > len) offset = len;
  // A text holding several lines (e.g. from a continuation) shows only the line the caret is on.
  for (;;) {
    const nl = text.indexOf("\n");
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = "    " + text;
  if (!text.endsWith("\n")) out += "\n";
  if (offset < 0) return out;
  return out + "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
}
